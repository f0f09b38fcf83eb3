package cn.supervisiontalk.coverage;

import cn.supervisiontalk.organization.CommitteeTerm;
import java.time.LocalDate;
import java.util.List;

/**
 * Term coverage of one top leader's tenure within one term of the holding committee (article 5):
 * the regular talks held with this person within the committee's term, whether that covers him,
 * whether it is too late to ({@code missed}: he left office, or the committee's term ended, without
 * a talk), and the days left until the committee's term ends.
 *
 * <p>{@code termStart}/{@code termEnd} are the holding committee's term; {@code tenureStart} and
 * {@code tenureEnd} the leader's time at the head of the organization (a change of leader ends it).
 */
public record CoverageRow(
    long committeeTermId,
    String termName,
    LocalDate termStart,
    LocalDate termEnd,
    String organizationId,
    String organizationName,
    String leaderId,
    String leaderName,
    long tenureId,
    LocalDate tenureStart,
    LocalDate tenureEnd,
    boolean current,
    List<LocalDate> talkDates,
    int regularTalks,
    boolean covered,
    boolean missed,
    long daysToTermEnd) {

  /** The committee's term as a person reads it: 「第十三届(2022-01-10至2027-01-09)」. */
  public String termLabel() {
    return CommitteeTerm.label(termName, termStart, termEnd);
  }
}

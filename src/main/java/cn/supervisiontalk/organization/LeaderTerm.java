package cn.supervisiontalk.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One person leading one next-level organization for one term (article 5): from termStart to
 * termEnd. A change of leader or a new term ends this row and starts the next, so talks held in it
 * stay with this person and this term.
 */
public record LeaderTerm(
    long id,
    String organizationId,
    String leaderId,
    String leaderTitle,
    LocalDate termStart,
    LocalDate termEnd,
    String reason,
    String recordedBy,
    OffsetDateTime recordedAt) {

  /** Whether the day lies within the term, both ends included. */
  public boolean includes(LocalDate day) {
    return day != null && !day.isBefore(termStart) && !day.isAfter(termEnd);
  }
}

package cn.supervisiontalk.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * Term coverage of one leader's term (article 5): the regular talks held with this leader in this
 * organization within the term, whether that covers the term, and the days left until it ends.
 */
public record CoverageRow(
    String organizationId,
    String organizationName,
    String leaderId,
    String leaderName,
    long termId,
    LocalDate termStart,
    LocalDate termEnd,
    boolean current,
    List<LocalDate> talkDates,
    int regularTalks,
    boolean covered,
    long daysToTermEnd) {
}

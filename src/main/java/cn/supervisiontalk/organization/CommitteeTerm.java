package cn.supervisiontalk.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One term of the holding committee (article 5), e.g. 第十三届 from 2022-01-10 to 2027-01-09; for a
 * 党组, a term of the committee that approved it. Term coverage is measured against it.
 */
public record CommitteeTerm(
    long id,
    String name,
    LocalDate termStart,
    LocalDate termEnd,
    String reason,
    String recordedBy,
    OffsetDateTime recordedAt,
    String committeeId) {

  /** Whether the day lies within the term, both ends included. */
  public boolean includes(LocalDate day) {
    return day != null && !day.isBefore(termStart) && !day.isAfter(termEnd);
  }

  /**
   * Whether a leader still in office serves in this term: he took office before it ended. His
   * tenure's end date is the organization's scheduled term end; he stays until a successor is
   * recorded.
   */
  public boolean servedInByLeaderInOffice(LeaderTerm currentTenure) {
    return !currentTenure.termStart().isAfter(termEnd);
  }

  /** The term as a person reads it: 「第十三届(2022-01-10至2027-01-09)」 or just the dates. */
  public String label() {
    return label(name, termStart, termEnd);
  }

  /** 「第十三届(2022-01-10至2027-01-09)」, or the dates alone when the term has no name. */
  public static String label(String name, LocalDate start, LocalDate end) {
    String dates = start + "至" + end;
    return name == null || name.isBlank() ? dates : name + "(" + dates + ")";
  }
}

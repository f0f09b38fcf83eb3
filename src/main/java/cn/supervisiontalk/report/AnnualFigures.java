package cn.supervisiontalk.report;

import cn.supervisiontalk.coverage.CoverageRow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The previous year's supervision talks as the annual report gives them (article 13): regular talks
 * planned and held, timely talks by situation, term coverage, rectification on time and late, review
 * outcomes, accountability, and the talks the secretary held for the secretary's work report.
 */
public record AnnualFigures(
    int year,
    String committeeName,
    String secretaryName,
    OffsetDateTime compiledAt,
    Regular regular,
    List<Timely> timely,
    int timelyStarted,
    int timelyHeld,
    List<CoverageRow> coverage,
    int leadersCovered,
    Rectification rectification,
    Reviews reviews,
    List<AccountabilityCount> accountability,
    List<AccountabilityLine> accountabilityRecords,
    List<DecisionLine> decisions,
    List<TalkLine> secretaryTalks) {

  /**
   * The figures as the committee above reads them in its oversight (articles 14-16): counts,
   * names and dates, without what was written about a finding or in a decision.
   */
  public AnnualFigures withoutWriting() {
    return new AnnualFigures(year, committeeName, secretaryName, compiledAt, regular, timely,
        timelyStarted, timelyHeld, coverage, leadersCovered, rectification, reviews,
        accountability, accountabilityRecords.stream().map(l -> new AccountabilityLine(l.kind(),
            l.talkeeName(), l.label(), null, l.date())).toList(),
        decisions == null ? List.of() : decisions.stream().map(d -> new DecisionLine(
            d.decidedOn(), d.talkeeName(), d.finding(), d.accountable(), null,
            d.decidedByBody())).toList(),
        secretaryTalks);
  }

  /** Regular talks: planned items, those done and late, and all held in the year. */
  public record Regular(int planned, int plannedHeld, int plannedLate, int plannedOpen, int held,
      int heldUnplanned) {
  }

  /** Timely talks of one trigger situation: started and held in the year. */
  public record Timely(String trigger, String label, int started, int held) {
  }

  /** Measures and results of the year's talks: on time, late, not yet due. */
  public record Rectification(int talks, int measuresOnTime, int measuresLate, int measuresPending,
      int resultsOnTime, int resultsLate, int resultsPending) {
  }

  /** The general office's reviews of the year's talks and their outcomes. */
  public record Reviews(int measuresAccepted, int measuresReturned, int resultsReturned,
      int rectified, int perfunctory, int falseRectification, int open) {
  }

  public record AccountabilityCount(String kind, String label, int count) {
  }

  public record AccountabilityLine(String kind, String talkeeName, String label, String detail,
      LocalDate date) {
  }

  /** A decision of the competent bodies on accountability for a finding (article 17). */
  public record DecisionLine(LocalDate decidedOn, String talkeeName, String finding,
      boolean accountable, String content, String decidedByBody) {
  }

  public record TalkLine(String talkType, String organizationName, String talkeeName,
      LocalDate talkDate) {
  }
}

package cn.supervisiontalk.report;

import cn.supervisiontalk.talk.TalkRecords;
import java.util.Set;
import cn.supervisiontalk.coverage.CoverageRow;
import cn.supervisiontalk.coverage.TermCoverage;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.history.TalkHistory;
import cn.supervisiontalk.history.TalkInstance;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.plan.PlanItemStatus;
import cn.supervisiontalk.plan.PlanStatus;
import cn.supervisiontalk.rectification.AccountabilityDecisions;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.rectification.AccountabilityRecord;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.rectification.Review;
import cn.supervisiontalk.rectification.ReviewRepository;
import cn.supervisiontalk.talk.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Compiles a year's figures from the plans, the engine's history and the app's records. */
@Component
public class AnnualFiguresCompiler {

  private final PlanStatus plans;
  private final TalkHistory talks;
  private final TermCoverage coverage;
  private final RectificationHistory rectifications;
  private final ReviewRepository reviews;
  private final AccountabilityRepository accountability;
  private final AccountabilityDecisions decisions;
  private final Directory directory;
  private final Committee committee;
  private final Deadlines deadlines;
  private final TalkRecords talkRecords;

  public AnnualFiguresCompiler(PlanStatus plans, TalkHistory talks, TermCoverage coverage,
      RectificationHistory rectifications, ReviewRepository reviews,
      AccountabilityRepository accountability, AccountabilityDecisions decisions,
      Directory directory, Committee committee,
      Deadlines deadlines, TalkRecords talkRecords) {
    this.talkRecords = talkRecords;
    this.plans = plans;
    this.talks = talks;
    this.coverage = coverage;
    this.rectifications = rectifications;
    this.reviews = reviews;
    this.accountability = accountability;
    this.decisions = decisions;
    this.directory = directory;
    this.committee = committee;
    this.deadlines = deadlines;
  }

  /** The committee's figures of the year: its own talks, plan, term and findings only. */
  public AnnualFigures compile(String committeeId, int year) {
    Set<String> held = talkRecords.idsHeldBy(committeeId);
    List<TalkInstance> regular = talks.regularTalks().stream()
        .filter(t -> held.contains(t.talkId())).toList();
    List<TalkInstance> timely = talks.timelyTalks().stream()
        .filter(t -> held.contains(t.talkId())).toList();
    List<CoverageRow> terms = coverage.ofYear(committeeId, year);
    List<AnnualFigures.AccountabilityLine> lines = accountabilityLines(held, year);
    String secretary = committee.secretaryId(committeeId);
    return new AnnualFigures(year, committee.name(committeeId), directory.userName(secretary),
        deadlines.now(), regular(committeeId, year, regular), timely(year, timely),
        (int) timely.stream().filter(t -> !t.cancelled() && t.started().getYear() == year).count(),
        (int) timely.stream().filter(t -> t.heldIn(year)).count(),
        terms, (int) terms.stream().filter(CoverageRow::covered).map(CoverageRow::leaderId).distinct().count(),
        rectification(held, year), reviews(held, year), accountabilityCounts(lines), lines,
        decisions(committeeId, year), secretaryTalks(secretary, year, regular, timely));
  }

  private AnnualFigures.Regular regular(String committeeId, int year,
      List<TalkInstance> regular) {
    List<PlanStatus.ItemView> items = plans.of(committeeId, year).map(PlanStatus.PlanView::items).orElse(List.of());
    int done = count(items, PlanItemStatus.DONE);
    int late = count(items, PlanItemStatus.LATE);
    List<TalkInstance> held = regular.stream().filter(t -> t.heldIn(year)).toList();
    return new AnnualFigures.Regular(items.size(), done, late, items.size() - done - late,
        held.size(), (int) held.stream().filter(t -> t.planItemId() == null).count());
  }

  private List<AnnualFigures.Timely> timely(int year, List<TalkInstance> timely) {
    return Stream.of(Trigger.values()).map(trigger -> new AnnualFigures.Timely(trigger.name(),
        trigger.label(),
        (int) timely.stream().filter(t -> !t.cancelled() && t.started().getYear() == year
            && trigger.name().equals(t.trigger())).count(),
        (int) timely.stream().filter(t -> t.heldIn(year) && trigger.name().equals(t.trigger()))
            .count())).toList();
  }

  private AnnualFigures.Rectification rectification(Set<String> held, int year) {
    List<RectificationHistory.Entry> entries = rectifications.ofTalksHeldIn(year).stream()
        .filter(e -> held.contains(e.talkId())).toList();
    Date now = Date.from(deadlines.now().toInstant());
    int[] measures = standing(entries.stream().map(e -> new Date[] {e.measuresDue(), e.measuresSubmittedAt()}).toList(), now);
    int[] results = standing(entries.stream().map(e -> new Date[] {e.resultsDue(), e.resultsSubmittedAt()}).toList(), now);
    return new AnnualFigures.Rectification(entries.size(), measures[0], measures[1], measures[2],
        results[0], results[1], results[2]);
  }

  /** On time, late (handed in late, or not handed in by a passed deadline), not yet due. */
  private static int[] standing(List<Date[]> dueAndSubmitted, Date now) {
    int[] counts = new int[3];
    for (Date[] pair : dueAndSubmitted) {
      Date due = pair[0];
      Date submitted = pair[1];
      if (due == null) {
        continue;
      }
      if (submitted != null) {
        counts[submitted.after(due) ? 1 : 0]++;
      } else {
        counts[now.after(due) ? 1 : 2]++;
      }
    }
    return counts;
  }

  private AnnualFigures.Reviews reviews(Set<String> held, int year) {
    List<RectificationHistory.Entry> entries = rectifications.ofTalksHeldIn(year).stream()
        .filter(e -> held.contains(e.talkId())).toList();
    List<Review> all = entries.stream().flatMap(e -> reviews.findByTalk(e.talkId()).stream()).toList();
    return new AnnualFigures.Reviews(
        (int) all.stream().filter(r -> r.stage() == Review.Stage.MEASURES && "ACCEPT".equals(r.decision())).count(),
        (int) all.stream().filter(r -> r.stage() == Review.Stage.MEASURES && "RETURN".equals(r.decision())).count(),
        (int) all.stream().filter(r -> r.stage() == Review.Stage.RESULTS && "RETURN".equals(r.decision())).count(),
        outcome(entries, "RECTIFIED"), outcome(entries, "PERFUNCTORY"),
        outcome(entries, "FALSE_RECTIFICATION"),
        (int) entries.stream().filter(e -> e.outcome() == null).count());
  }

  private List<AnnualFigures.AccountabilityLine> accountabilityLines(Set<String> held, int year) {
    List<AnnualFigures.AccountabilityLine> lines = new ArrayList<>();
    for (AccountabilityRecord r : accountability.findAll()) {
      var day = r.createdAt().atZoneSameInstant(deadlines.zone()).toLocalDate();
      if (day.getYear() == year && held.contains(r.talkId())) {
        lines.add(new AnnualFigures.AccountabilityLine(r.kind().name(), directory.userName(r.talkeeId()),
            r.kind().label(), r.detail(), day));
      }
    }
    return lines;
  }

  /** The decisions on accountability taken in the year, as the bodies recorded them. */
  private List<AnnualFigures.DecisionLine> decisions(String committeeId, int year) {
    return decisions.decidedIn(committeeId, year).stream()
        .map(d -> new AnnualFigures.DecisionLine(d.decidedOn(), d.talkeeName(),
            AccountabilityKind.valueOf(d.finding()).label(), d.accountable(), d.content(),
            d.decidedByBody()))
        .toList();
  }

  private List<AnnualFigures.AccountabilityCount> accountabilityCounts(List<AnnualFigures.AccountabilityLine> lines) {
    return Stream.of(AccountabilityKind.values()).map(kind -> new AnnualFigures.AccountabilityCount(
        kind.name(), kind.label(),
        (int) lines.stream().filter(l -> l.kind().equals(kind.name())).count())).toList();
  }

  private List<AnnualFigures.TalkLine> secretaryTalks(String secretary, int year,
      List<TalkInstance> regular, List<TalkInstance> timely) {
    return Stream.concat(regular.stream(), timely.stream())
        .filter(t -> t.heldIn(year) && secretary.equals(t.talkerId()))
        .sorted(Comparator.comparing(TalkInstance::talkDate))
        .map(t -> new AnnualFigures.TalkLine(
            TalkHistory.REGULAR.equals(t.processKey()) ? "定期谈话" : "及时谈话",
            directory.findOrganization(t.organizationId()).map(o -> o.shortName())
                .orElse(t.organizationId()),
            directory.userName(t.talkeeId()), t.talkDate()))
        .toList();
  }

  private static int count(List<PlanStatus.ItemView> items, PlanItemStatus status) {
    return (int) items.stream().filter(i -> i.status() == status).count();
  }

  private static int outcome(List<RectificationHistory.Entry> entries, String outcome) {
    return (int) entries.stream().filter(e -> outcome.equals(e.outcome())).count();
  }
}

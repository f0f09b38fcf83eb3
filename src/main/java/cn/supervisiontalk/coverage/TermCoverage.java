package cn.supervisiontalk.coverage;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.history.TalkHistory;
import cn.supervisiontalk.history.TalkInstance;
import cn.supervisiontalk.organization.CommitteeTerm;
import cn.supervisiontalk.organization.CommitteeTermRepository;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Term coverage (article 5): within one term of the holding committee (for a 党组, of the committee
 * that approved it), every person who leads a next-level organization at any time in that term has
 * had a regular talk within it. A leader who takes office late in the term must still be talked to;
 * one who leaves without a talk is a miss. Regular talks held with the person within the committee's
 * term count, whichever organization he led at the time. As {@code termCoverage} in the models.
 */
@Component("termCoverage")
public class TermCoverage {

  private final Directory directory;
  private final LeaderTermRepository tenures;
  private final CommitteeTermRepository committeeTerms;
  private final TalkHistory talks;
  private final Deadlines deadlines;
  private final int warningMonths;

  public TermCoverage(Directory directory, LeaderTermRepository tenures,
      CommitteeTermRepository committeeTerms, TalkHistory talks, Deadlines deadlines,
      @Value("${supervision-talk.coverage.warning-months:6}") int warningMonths) {
    this.directory = directory;
    this.tenures = tenures;
    this.committeeTerms = committeeTerms;
    this.talks = talks;
    this.deadlines = deadlines;
    this.warningMonths = warningMonths;
  }

  /** The committee's current term, if one is recorded. */
  public Optional<CommitteeTerm> currentTerm(String committeeId) {
    return committeeTerms.current(committeeId);
  }

  /** Coverage in the committee's current term; empty while no term is recorded. */
  public List<CoverageRow> current(String committeeId) {
    return committeeTerms.current(committeeId).map(this::rows).orElse(List.of());
  }

  /**
   * Every leader's tenure in office at some time in the committee's term, of the organizations the
   * committee holds talks with, in their order and, within one organization, the earliest tenure
   * first.
   */
  public List<CoverageRow> rows(CommitteeTerm term) {
    List<TalkInstance> held = heldRegularTalks();
    Map<String, Integer> order = organizationOrder(term.committeeId());
    return tenures.inOffice(term.termStart(), term.termEnd()).stream()
        .filter(t -> order.containsKey(t.organizationId()))
        .sorted(Comparator.comparing((LeaderTerm t) -> order.getOrDefault(t.organizationId(), order.size()))
            .thenComparing(LeaderTerm::termStart))
        .map(tenure -> row(term, tenure, held))
        .toList();
  }

  /** One organization's leaders in every term of the committee, the earliest first. */
  public List<CoverageRow> history(String organizationId) {
    Organization organization = directory.organization(organizationId);
    List<CoverageRow> rows = new ArrayList<>();
    for (CommitteeTerm term : committeeTerms.findAll(organization.committeeId())) {
      rows.addAll(rows(term).stream().filter(r -> r.organizationId().equals(organizationId)).toList());
    }
    return rows;
  }

  /** Coverage in the committee's terms that share a day with the year (two in a 换届 year). */
  public List<CoverageRow> ofYear(String committeeId, int year) {
    return committeeTerms.overlapping(committeeId, LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31)).stream()
        .flatMap(term -> rows(term).stream()).toList();
  }

  public CoverageRow of(long committeeTermId, long tenureId) {
    CommitteeTerm term = committeeTerm(committeeTermId);
    LeaderTerm tenure = tenures.findById(tenureId)
        .orElseThrow(() -> Problems.single("未找到任职记录 " + tenureId));
    return row(term, tenure, heldRegularTalks());
  }

  /**
   * Leaders in office not yet talked to in the committee's current term: those in office longest
   * first (their time without a talk is longest), then in the organizations' order.
   */
  public List<CoverageRow> uncovered(String committeeId) {
    return current(committeeId).stream().filter(r -> r.current() && !r.covered() && !r.missed())
        .sorted(Comparator.comparing(CoverageRow::tenureStart)).toList();
  }

  /**
   * When the office is to be warned: the configured months before the committee's term ends, at the
   * day's start; a leader who takes office after that day, on his first day.
   */
  public Date warningAt(long committeeTermId, long tenureId) {
    CoverageRow row = of(committeeTermId, tenureId);
    LocalDate day = row.termEnd().minusMonths(warningMonths);
    if (row.tenureStart().isAfter(day)) {
      day = row.tenureStart();
    }
    return Date.from(day.atStartOfDay(deadlines.zone()).toInstant());
  }

  public boolean warningDue(long committeeTermId, long tenureId) {
    return !warningAt(committeeTermId, tenureId).after(Date.from(deadlines.now().toInstant()));
  }

  /** Nothing to warn about: the leader is covered, has left office, or the term is over. */
  public boolean coveredOrEnded(long committeeTermId, long tenureId) {
    CoverageRow row = of(committeeTermId, tenureId);
    return row.covered() || row.missed() || !row.current() || row.daysToTermEnd() < 0;
  }

  private CoverageRow row(CommitteeTerm term, LeaderTerm tenure, List<TalkInstance> held) {
    List<LocalDate> dates = held.stream()
        .filter(t -> tenure.leaderId().equals(t.talkeeId()))
        .filter(t -> term.includes(t.talkDate()))
        .map(TalkInstance::talkDate)
        .sorted()
        .toList();
    LocalDate today = deadlines.today();
    // the organization's latest tenure: its leader stays in office until a successor is recorded
    boolean current = tenures.current(tenure.organizationId())
        .map(c -> c.id() == tenure.id()).orElse(false);
    boolean covered = !dates.isEmpty();
    boolean missed = !covered && (today.isAfter(term.termEnd()) || !current);
    Organization organization = directory.organization(tenure.organizationId());
    return new CoverageRow(term.id(), term.name(), term.termStart(), term.termEnd(),
        organization.id(), organization.shortName(), tenure.leaderId(),
        directory.userName(tenure.leaderId()), tenure.id(), tenure.termStart(), tenure.termEnd(),
        current, dates, dates.size(), covered, missed, ChronoUnit.DAYS.between(today, term.termEnd()));
  }

  private CommitteeTerm committeeTerm(long id) {
    return committeeTerms.findById(id).orElseThrow(() -> Problems.single("未找到本届任期 " + id));
  }

  /** The committee's organizations in their order (all of them for a term of no committee). */
  private Map<String, Integer> organizationOrder(String committeeId) {
    Map<String, Integer> order = new HashMap<>();
    for (Organization organization : directory.organizations()) {
      if (committeeId == null || committeeId.equals(organization.committeeId())) {
        order.putIfAbsent(organization.id(), order.size());
      }
    }
    return order;
  }

  private List<TalkInstance> heldRegularTalks() {
    return talks.regularTalks().stream().filter(TalkInstance::held).toList();
  }
}

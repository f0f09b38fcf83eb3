package cn.supervisiontalk.coverage;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.history.TalkHistory;
import cn.supervisiontalk.history.TalkInstance;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.Organization;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Term coverage (article 5: every next-level top leader talked to in a regular talk within one
 * term). Only regular talks held with that leader, in that organization, within that term count. As
 * {@code termCoverage} in the models.
 */
@Component("termCoverage")
public class TermCoverage {

  private final Directory directory;
  private final LeaderTermRepository terms;
  private final TalkHistory talks;
  private final Deadlines deadlines;
  private final int warningMonths;

  public TermCoverage(Directory directory, LeaderTermRepository terms, TalkHistory talks,
      Deadlines deadlines,
      @Value("${supervision-talk.coverage.warning-months:6}") int warningMonths) {
    this.directory = directory;
    this.terms = terms;
    this.talks = talks;
    this.deadlines = deadlines;
    this.warningMonths = warningMonths;
  }

  /** The current term of every organization, in the organizations' order. */
  public List<CoverageRow> current() {
    List<TalkInstance> held = heldRegularTalks();
    List<CoverageRow> rows = new ArrayList<>();
    for (Organization organization : directory.organizations()) {
      terms.current(organization.id()).ifPresent(term -> rows.add(row(organization, term, held)));
    }
    return rows;
  }

  /** Every term of one organization, the earliest first. */
  public List<CoverageRow> history(String organizationId) {
    Organization organization = directory.organization(organizationId);
    List<TalkInstance> held = heldRegularTalks();
    return terms.findByOrganization(organizationId).stream()
        .map(term -> row(organization, term, held)).toList();
  }

  /** The terms that overlap the year, each with its coverage. */
  public List<CoverageRow> overlapping(int year) {
    List<TalkInstance> held = heldRegularTalks();
    return terms.overlapping(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .map(term -> row(directory.organization(term.organizationId()), term, held))
        .sorted(Comparator.comparing(CoverageRow::termEnd))
        .toList();
  }

  public CoverageRow of(long termId) {
    LeaderTerm term = term(termId);
    return row(directory.organization(term.organizationId()), term, heldRegularTalks());
  }

  /** Leaders of current terms not yet covered, the earliest term end first. */
  public List<CoverageRow> uncovered() {
    return current().stream().filter(r -> !r.covered())
        .sorted(Comparator.comparing(CoverageRow::termEnd)).toList();
  }

  /** When the office is to be warned: the configured months before the term ends, at the day's start. */
  public Date warningAt(long termId) {
    LocalDate day = term(termId).termEnd().minusMonths(warningMonths);
    return Date.from(day.atStartOfDay(deadlines.zone()).toInstant());
  }

  public boolean warningDue(long termId) {
    return !warningAt(termId).after(Date.from(deadlines.now().toInstant()));
  }

  /** Nothing to warn about: the term is covered, has been succeeded, or is over. */
  public boolean coveredOrEnded(long termId) {
    CoverageRow row = of(termId);
    return row.covered() || !row.current() || row.daysToTermEnd() < 0;
  }

  private CoverageRow row(Organization organization, LeaderTerm term, List<TalkInstance> held) {
    List<LocalDate> dates = held.stream()
        .filter(t -> organization.id().equals(t.organizationId()))
        .filter(t -> term.leaderId().equals(t.talkeeId()))
        .filter(t -> term.includes(t.talkDate()))
        .map(TalkInstance::talkDate)
        .sorted()
        .toList();
    boolean current = terms.current(organization.id()).map(c -> c.id() == term.id()).orElse(false);
    return new CoverageRow(organization.id(), organization.shortName(), term.leaderId(),
        directory.userName(term.leaderId()), term.id(), term.termStart(), term.termEnd(), current,
        dates, dates.size(), !dates.isEmpty(),
        ChronoUnit.DAYS.between(deadlines.today(), term.termEnd()));
  }

  private LeaderTerm term(long termId) {
    return terms.findById(termId).orElseThrow(() -> new IllegalArgumentException("未找到任期 " + termId));
  }

  private List<TalkInstance> heldRegularTalks() {
    return talks.regularTalks().stream().filter(TalkInstance::held).toList();
  }
}

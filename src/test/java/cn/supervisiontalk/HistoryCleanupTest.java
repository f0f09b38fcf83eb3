package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.archive.ArchiveRepository;
import cn.supervisiontalk.coverage.CoverageRow;
import cn.supervisiontalk.coverage.TermCoverage;
import cn.supervisiontalk.plan.PlanItemStatus;
import cn.supervisiontalk.plan.PlanSteps;
import cn.supervisiontalk.plan.PlanStatus;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.report.AnnualFigures;
import cn.supervisiontalk.report.AnnualFiguresCompiler;
import cn.supervisiontalk.report.AnnualReports;
import cn.supervisiontalk.talk.TalkSteps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine's history is deleted after its time to live (1825 days for the talk models, 3650 for
 * the plan, planned-talk, coverage and report models). What the product reports about talks —
 * term coverage, the plan's standing, the annual figures and the archive — is read from the
 * application's own tables, so it must read the same after Camunda's history cleanup has really
 * removed the history of the talks it is about.
 */
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:history-cleanup-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class HistoryCleanupTest extends ProcessTestSupport {

  static final int YEAR = 2027;

  /**
   * Past every time to live: the planned talk's history is removed with its root, the annual plan
   * (3650 days from the plan's end in 2027), so six years are not enough for it; eleven are.
   */
  static final LocalDate LATER = LocalDate.of(2038, 6, 1);

  @Autowired TermCoverage coverage;
  @Autowired PlanStatus planStatus;
  @Autowired AnnualReports reports;
  @Autowired AnnualFiguresCompiler compiler;
  @Autowired ArchiveRepository archives;

  /** Everything the product reports that is about talks. */
  record Reported(List<CoverageRow> currentTerms, List<CoverageRow> termsOfYear,
      List<List<CoverageRow>> termHistories, Optional<PlanStatus.PlanView> plan,
      AnnualReports.ReportView report, AnnualFigures compiledFigures, List<ArchiveRecord> archives) {
  }

  Reported reported() {
    return new Reported(coverage.current("jiangzhou"), coverage.ofYear("jiangzhou", YEAR),
        List.of(coverage.history("fagaiwei"), coverage.history("donghu"), coverage.history("qingshan")),
        planStatus.of("jiangzhou", YEAR), reports.view("jiangzhou", YEAR), compiler.compile("jiangzhou", YEAR), archives.findAll());
  }

  @AfterEach
  void removeRecords() {
    jdbc.sql("delete from plan_item").update();
    jdbc.sql("delete from annual_plan").update();
  }

  @Test
  void whatTheProductReportsOutlivesTheEnginesHistory() {
    List<String> talkInstances = new ArrayList<>();
    PlanSteps planSteps = new PlanSteps(this);
    RectificationSteps rectification = new RectificationSteps(engine);

    // the 2027 plan: one item, 市发展改革委党组 (谢东), talker 周海, March
    clockAt(LocalDate.of(2026, 12, 1), 9);
    ProcessInstance plan = runtime.startProcessInstanceByKey("annualPlan", vars("planYear", YEAR));
    tasks.complete(taskOf(plan, "draftPlan").getId(),
        vars("planItems", "市发展改革委党组，周海，3月，市委办公室，巡视巡察"));
    tasks.complete(taskOf(plan, "approvePlan").getId(), vars("planDecision", "APPROVE"));
    assertThat(plan).isWaitingAt("plannedTalks");

    // an unplanned regular talk: 东湖区委 (林晓燕) by the secretary, held and archived in January
    clockAt(LocalDate.of(2027, 1, 10), 9);
    ProcessInstance unplanned = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "donghu", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-01-25", "planYear", YEAR));
    TalkSteps.prepare(this, unplanned);
    clockAt(LocalDate.of(2027, 1, 25), 15);
    tasks.complete(taskOf(unplanned, "holdTalk").getId(), TalkSteps.record(LocalDate.of(2027, 1, 25)));
    ProcessInstance unplannedRectification = rectificationOf(unplanned);
    rectification.submitMeasures(unplannedRectification, true);
    rectification.review(unplannedRectification, "reviewMeasures", "ACCEPT", null);
    clockAt(LocalDate.of(2027, 2, 1), 0);
    fireDueTimers(); // the planned talk's start
    // article 11: 林晓燕 informs her own team, then each of them acknowledges
    tasks.complete(taskOf(unplannedRectification, "informTeam").getId(),
        vars("informedOn", "2027-02-01", "informedHow", "STANDING_COMMITTEE"));
    tasksOf(unplannedRectification, "acknowledgeMeasures")
        .forEach(t -> tasks.complete(t.getId(), vars("acknowledged", true)));
    runJobs();
    rectification.submitResults(unplannedRectification);
    rectification.review(unplannedRectification, "reviewResults", "RECTIFIED", null);
    rectification.archive(unplannedRectification, "audit");
    rectification.readCopies(unplannedRectification);
    assertThat(unplanned).isEnded();
    talkInstances.add(unplanned.getId());
    talkInstances.add(unplannedRectification.getId());

    // the planned talk, started four weeks before March, held on 3 March, archived
    ProcessInstance planned = planSteps.talkOf(YEAR + "-001");
    assertThat(planned).isNotNull();
    clockAt(LocalDate.of(2027, 3, 3), 15);
    planSteps.hold(planned, LocalDate.of(2027, 3, 3));
    ProcessInstance plannedRectification = rectificationOf(planned);
    planSteps.rectify(planned);
    assertThat(planned).isEnded();
    assertThat(plan).isEnded();
    talkInstances.add(planned.getId());
    talkInstances.add(plannedRectification.getId());

    // a timely talk: 青山县委 (王海) on petitions, by 孙丽, held in May, archived
    clockAt(LocalDate.of(2027, 5, 10), 9);
    ProcessInstance timely = runtime.startProcessInstanceByKey("timelyTalk", vars(
        "organizationId", "qingshan", "talkerId", "sunli", "trigger", "PETITIONS",
        "facts", "信访举报反映其违规插手工程项目", "plannedTalkDate", "2027-05-15",
        "cooperatingUnits", json("[\"discipline\"]")));
    tasks.complete(taskOf(timely, "prepareTimelyTalk").getId(), vars(
        "preparationMaterials", "信访件", "preparationIssues", "插手工程"));
    tasks.complete(taskOf(timely, "provideMaterial").getId(), vars("material", "问题线索情况"));
    runJobs();
    clockAt(LocalDate.of(2027, 5, 15), 10);
    tasks.complete(taskOf(timely, "holdTalk").getId(), TalkSteps.record(LocalDate.of(2027, 5, 15)));
    ProcessInstance timelyRectification = rectificationOf(timely);
    rectification.rectifyAndArchive(timelyRectification);
    assertThat(timely).isEnded();
    talkInstances.add(timely.getId());
    talkInstances.add(timelyRectification.getId());

    // Every finished instance: the talks, their rectifications, the plan and its planned talk, and
    // any measures notice. The history is there now, so its removal below is not vacuous.
    List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery().finished().list();
    Set<String> finishedIds = new HashSet<>();
    finished.forEach(h -> finishedIds.add(h.getId()));
    assertThat(finishedIds).containsAll(talkInstances).contains(plan.getId());
    assertThat(finished).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .contains("annualPlan", "plannedTalk", "regularTalk", "timelyTalk", "rectification");
    assertThat(history.createHistoricProcessInstanceQuery()
        .processInstanceIds(finishedIds).count()).isEqualTo(finishedIds.size());
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(planned.getId()).count())
        .isPositive();
    assertThat(finished).allSatisfy(h -> assertThat(h.getRemovalTime()).isNotNull()
        .isBefore(Date.from(LATER.atStartOfDay(CHINA).toInstant())));

    // The "before" values are read with the clock already at the later date: coverage's days to
    // the term's end, a plan item's LATE standing, the figures' compiledAt and their not-yet-due
    // deadlines all depend on today. The clock then stays put, so any difference after the
    // cleanup can only come from the deleted history.
    clockAt(LATER, 9);
    Reported before = reported();

    // what the product reports is worth comparing: the talks are in it
    assertThat(before.plan().orElseThrow().items()).singleElement().satisfies(item -> {
      assertThat(item.status()).isEqualTo(PlanItemStatus.DONE);
      assertThat(item.talkId()).isEqualTo(planned.getBusinessKey());
      assertThat(item.talkDate()).isEqualTo(LocalDate.of(2027, 3, 3));
    });
    assertThat(before.termsOfYear()).filteredOn(CoverageRow::covered)
        .extracting(CoverageRow::organizationId).containsExactlyInAnyOrder("fagaiwei", "donghu");
    assertThat(before.report().compiled()).isFalse();
    assertThat(before.report().figures().regular().held()).isEqualTo(2);
    assertThat(before.report().figures().regular().plannedHeld()).isEqualTo(1);
    assertThat(before.report().figures().timelyHeld()).isEqualTo(1);
    assertThat(before.report().figures().rectification().talks()).isEqualTo(3);
    assertThat(before.report().figures().secretaryTalks()).hasSize(1);
    assertThat(before.archives()).extracting(ArchiveRecord::talkId).containsExactlyInAnyOrder(
        unplanned.getBusinessKey(), planned.getBusinessKey(), timely.getBusinessKey());

    // Camunda's history cleanup, for real: scheduled now, run until no cleanup job is due
    history.cleanUpHistoryAsync(true);
    assertThat(history.findHistoryCleanupJobs()).isNotEmpty();
    int runs = 0;
    List<Job> due;
    while (!(due = dueCleanupJobs()).isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        runs++;
      }
      assertThat(runs).as("history cleanup runs").isLessThan(100);
    }
    assertThat(runs).isPositive();

    // the engine's history of those instances is gone
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(finishedIds).count())
        .isZero();
    for (String id : finishedIds) {
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).count()).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).count()).isZero();
    }

    // and what the product reports has not changed by a single value
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(LATER.atTime(9, 0).atZone(CHINA).toInstant()));
    Reported after = reported();
    assertThat(after.currentTerms()).isEqualTo(before.currentTerms());
    assertThat(after.termsOfYear()).isEqualTo(before.termsOfYear());
    assertThat(after.termHistories()).isEqualTo(before.termHistories());
    assertThat(after.plan()).isEqualTo(before.plan());
    assertThat(after.report()).isEqualTo(before.report());
    assertThat(after.compiledFigures()).isEqualTo(before.compiledFigures());
    assertThat(after.archives()).isEqualTo(before.archives());
    assertThat(after).isEqualTo(before);
  }

  /** Cleanup jobs due by the engine clock; a run reschedules its job for later. */
  List<Job> dueCleanupJobs() {
    Date now = ClockUtil.getCurrentTime();
    return history.findHistoryCleanupJobs().stream()
        .filter(job -> !job.isSuspended())
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now))
        .toList();
  }
}

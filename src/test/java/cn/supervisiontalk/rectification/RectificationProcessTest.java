package cn.supervisiontalk.rectification;

import cn.supervisiontalk.talk.TalkStage;
import org.camunda.bpm.engine.variable.Variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.archive.ArchiveRepository;
import cn.supervisiontalk.talk.TalkSteps;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rectification and archive (processes/rectification.bpmn): deadlines counted from the talk,
 * reviews and returns, reminders, missed deadlines, accountability records, the archive and its
 * copies.
 */
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:rectification-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class RectificationProcessTest extends ProcessTestSupport {

  /** These tests walk every flow node of both models: the build fails below 100 %. */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      // every node of rectification and of the team notice; the regular talk one test drives
      // through is covered fully, and asserted so, by RegularTalkProcessTest
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("regularTalk", "talkCopy").build();
    }
  }

  static final LocalDate TALK_DATE = LocalDate.of(2027, 1, 31);

  @Autowired ArchiveRepository archives;
  @Autowired AccountabilityDecisions decisions;
  @Autowired AccountabilityRepository accountability;

  /** A rectification started as the talk calls it, for a talk held on the date. */
  ProcessInstance rectification(String organizationId, String talkeeId, LocalDate talkDate) {
    clockAt(talkDate, 18);
    String talkId = heldTalk(organizationId, talkeeId, "被谈话人", talkDate);
    return runtime.startProcessInstanceByKey("rectification", talkId,
        Variables.createVariables().putValue("talkId", talkId));
  }

  ProcessInstance rectification() {
    return rectification("qingshan", "wanghai", TALK_DATE);
  }

  RectificationSteps steps() {
    return new RectificationSteps(engine);
  }

  void submitMeasures(ProcessInstance pi, boolean firstResponsibility) {
    steps().submitMeasures(pi, firstResponsibility);
  }

  void review(ProcessInstance pi, String task, String decisionKey, String decision, String comment) {
    steps().review(pi, task, decision, comment);
  }

  void submitResults(ProcessInstance pi) {
    steps().submitResults(pi);
  }

  void archive(ProcessInstance pi, String... extraRecipients) {
    steps().archive(pi, extraRecipients);
  }

  void readCopies(ProcessInstance pi) {
    steps().readCopies(pi);
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  @Test
  void aWholeRegularTalkEndsArchivedAndCopied() {
    clockAt(LocalDate.of(2027, 1, 10), 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-01-25", "planYear", 2027, "talkeeId", "wanghai"));
    TalkSteps.prepare(this, talk);
    clockAt(TALK_DATE, 15);
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(TALK_DATE));
    ProcessInstance pi = rectificationOf(talk);

    Task measures = taskOf(pi, "submitMeasures");
    assertThat(measures).isAssignedTo("wanghai").hasName("提出整改措施");
    assertThat(measures.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 2, 28)));
    submitMeasures(pi, true);
    assertThat(candidateGroups(taskOf(pi, "reviewMeasures"))).containsExactly("office");
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);

    // article 11: the talkee informs his own team (青山县委), then each of them acknowledges
    Task inform = taskOf(pi, "informTeam");
    assertThat(inform).isAssignedTo("wanghai").hasName("通报领导班子其他成员");
    tasks.complete(inform.getId(), vars("informedOn", TALK_DATE.toString(), "informedHow", "TEAM_MEETING"));
    List<Task> acknowledgements = tasksOf(pi, "acknowledgeMeasures");
    assertThat(acknowledgements).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("liuzhiyuan", "chenjing", "yangfan");
    assertThat(tasks.getVariable(acknowledgements.get(0).getId(), "firstResponsibilityMeasures"))
        .isEqualTo("1. 建立主体责任清单");
    assertThat(tasks.getVariable(taskOf(pi, "submitResults").getId(), "measuresText"))
        .isEqualTo("1. 建立主体责任清单(第一责任人职责)\n2. 开展选人用人专项检查");
    assertThatThrownBy(() -> tasks.complete(acknowledgements.get(0).getId(), vars("acknowledged", false)))
        .hasRootCauseMessage("请勾选“已阅知”。");
    acknowledgements.forEach(t -> tasks.complete(t.getId(), vars("acknowledged", true)));
    runJobs();

    Task results = taskOf(pi, "submitResults");
    assertThat(results).isAssignedTo("wanghai");
    assertThat(results.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 4, 30)));
    submitResults(pi);
    review(pi, "reviewResults", "resultsDecision", "RECTIFIED", null);
    assertThat(tasks.getVariable(taskOf(pi, "prepareArchive").getId(), "archivePreview").toString())
        .contains("一、谈话记录").contains("落实主体责任有温差").contains("【市纪委监委】");
    archive(pi, "audit");

    List<Task> copies = tasksOf(pi, "readArchive");
    assertThat(copies).flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("discipline", "organization", "audit");
    assertThat(tasks.getVariable(copies.get(0).getId(), "archiveSummary").toString())
        .contains("审核结论: 整改到位");
    readCopies(pi);

    assertThat(pi).isEnded();
    assertThat(talk).isEnded();
    assertThat(talks.get(talk.getId()).outcome()).isEqualTo("RECTIFIED");
    assertThat(talks.get(talk.getId()).stage()).isEqualTo(TalkStage.ARCHIVED);
    ArchiveRecord record = archives.findByTalk(talk.getId()).orElseThrow();
    assertThat(record.parties().talkeeId()).isEqualTo("wanghai");
    assertThat(record.parties().talkDate()).isEqualTo(TALK_DATE);
    assertThat(record.content().talkRecord()).containsEntry("commitment", "坚决整改到位");
    assertThat(record.content().materials()).hasSize(5);
    assertThat(record.rectification().measures()).hasSize(2);
    assertThat(record.rectification().measures().get(0)).containsEntry("content", "建立主体责任清单")
        .containsEntry("firstResponsibility", true);
    assertThat(record.content().talkRecord().get("problems")).isEqualTo(List.of("落实主体责任有温差", "选人用人把关不严"));
    assertThat(record.rectification().reviews()).extracting(r -> r.get("decision")).containsExactly("ACCEPT", "RECTIFIED");
    assertThat(record.rectification().outcome()).isEqualTo("RECTIFIED");
    assertThat(record.rectification().missedDeadlines()).isEmpty();
    assertThat(record.archiving().copiedTo()).containsExactlyInAnyOrder("discipline", "organization", "audit");
    assertThat(record.rectification().measuresDue().toInstant()).isEqualTo(endOfDayChina(LocalDate.of(2027, 2, 28)).toInstant());
  }

  @Test
  void deadlinesRunFromTheTalkToTheLastDayOfShorterMonths() {
    ProcessInstance pi = rectification("jiaoyuju", "hanxue", LocalDate.of(2027, 11, 30));
    assertThat(taskOf(pi, "submitMeasures").getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 12, 30)));
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    assertThat(taskOf(pi, "submitResults").getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2028, 2, 29)));
  }

  @Test
  void returnedMeasuresGoBackWithTheReasonAndTheSameDeadline() {
    ProcessInstance pi = rectification();
    submitMeasures(pi, false);
    assertThatThrownBy(() -> review(pi, "reviewMeasures", "measuresDecision", "RETURN", " "))
        .hasRootCauseMessage("退回整改措施时,请填写退回理由。");
    review(pi, "reviewMeasures", "measuresDecision", "RETURN", "措施不够具体");
    assertThatThrownBy(() -> tasks.complete(taskOf(pi, "submitMeasures").getId(),
        vars("reflections", "认识", "firstResponsibilityMeasures", " ", "otherMeasures", "\n")))
        .hasRootCauseMessage("请至少填写一条整改措施。");

    Task again = taskOf(pi, "submitMeasures");
    assertThat(again.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 2, 28)));
    assertThat(tasks.getVariable(again.getId(), "measuresReturnReason")).isEqualTo("措施不够具体");
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    assertThat(pi).isWaitingAt("submitResults");
    assertThat(pi).hasPassed("noNoticeNeeded");
  }

  @Test
  void theOfficesOwnReviewsAreDueByTheTableAndAReviewDoneLateIsAFinding() {
    ProcessInstance pi = rectification();
    clockAt(LocalDate.of(2027, 2, 20), 10);
    submitMeasures(pi, false);
    // office-deadlines.dmn: ten days to review the measures, counted from the day they arrive
    Task reviewMeasures = taskOf(pi, "reviewMeasures");
    assertThat(reviewMeasures.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 3, 2)));
    clockAt(LocalDate.of(2027, 3, 2), 17);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    assertThat(accountability.findByTalk(pi.getBusinessKey())).isEmpty();

    clockAt(LocalDate.of(2027, 4, 20), 10);
    submitResults(pi);
    Task reviewResults = taskOf(pi, "reviewResults");
    assertThat(reviewResults.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 5, 5)));
    clockAt(LocalDate.of(2027, 5, 6), 9);
    review(pi, "reviewResults", "resultsDecision", "RECTIFIED", "整改到位");
    assertThat(accountability.findByTalk(pi.getBusinessKey())).singleElement().satisfies(finding -> {
      assertThat(finding.kind()).isEqualTo(AccountabilityKind.OFFICE_OVERDUE);
      assertThat(finding.detail()).isEqualTo("办公室未在期限(5月5日24时前)内审核整改情况(被谈话人的谈话)");
    });
    Task prepare = taskOf(pi, "prepareArchive");
    assertThat(prepare.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 5, 21)));
  }

  @Test
  void perfunctoryRectificationIsAFindingOnWhichTheDisciplineBodiesDecide() {
    ProcessInstance pi = rectification();
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    submitResults(pi);
    assertThatThrownBy(() -> review(pi, "reviewResults", "resultsDecision", "PERFUNCTORY", null))
        .hasRootCauseInstanceOf(NotValidException.class);
    review(pi, "reviewResults", "resultsDecision", "RETURN", "未说明成效");
    assertThat(tasks.getVariable(taskOf(pi, "submitResults").getId(), "resultsReturnReason"))
        .isEqualTo("未说明成效");
    submitResults(pi);
    review(pi, "reviewResults", "resultsDecision", "PERFUNCTORY", "措施停留在纸面");

    Task decide = taskOf(pi, "decideAccountability");
    assertThat(candidateGroups(decide)).containsExactlyInAnyOrder("discipline", "organization");
    assertThat(tasks.getVariable(decide.getId(), "findingText")).isEqualTo("敷衍整改: 措施停留在纸面");
    assertThatThrownBy(() -> steps().decideAccountability(pi, "ACCOUNTABLE", "2099-01-01"))
        .hasRootCauseMessage("请填写已作出决定的日期(不能晚于今天)。");
    steps().decideAccountability(pi, "ACCOUNTABLE", TALK_DATE.toString());
    archive(pi);
    readCopies(pi);

    assertThat(pi).isEnded();
    assertThat(accountability.findByTalk(pi.getBusinessKey())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.PERFUNCTORY);
    assertThat(decisions.ofTalk(pi.getBusinessKey())).singleElement().satisfies(d -> {
      assertThat(d.finding()).isEqualTo("PERFUNCTORY");
      assertThat(d.accountable()).isTrue();
      assertThat(d.decidedByBody()).isEqualTo("中共江州市纪委监委");
      assertThat(d.decidedOn()).isEqualTo(TALK_DATE);
    });
    ArchiveRecord record = archives.findByTalk(pi.getBusinessKey()).orElseThrow();
    assertThat(record.rectification().outcome()).isEqualTo("PERFUNCTORY");
    assertThat(record.rectification().reviews()).extracting(r -> r.get("decision"))
        .containsExactly("ACCEPT", "RETURN", "PERFUNCTORY");
  }

  @Test
  void aTalkWithAPartyGroupTalkeeIsCopiedToTheHoldingCommitteesDisciplineCommission() {
    ProcessInstance pi = rectification("fagaiwei", "xiedong", TALK_DATE);
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    submitResults(pi);
    review(pi, "reviewResults", "resultsDecision", "FALSE_RECTIFICATION", "整改情况与事实不符");
    steps().decideAccountability(pi, "NOT_ACCOUNTABLE", TALK_DATE.toString());
    archive(pi);

    // article 12: the discipline body of the committee that holds the talk, whatever the talkee's
    // unit has (copy-recipients.dmn)
    assertThat(tasksOf(pi, "readArchive")).flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("discipline", "organization");
    assertThat(accountability.findByTalk(pi.getBusinessKey())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.FALSE_RECTIFICATION);
    assertThat(decisions.ofTalk(pi.getBusinessKey())).extracting(d -> d.accountable())
        .containsExactly(false);
  }

  @Test
  void untruthfulResultsMayBeSentBackForASecondRoundByANewDate() {
    ProcessInstance pi = rectification();
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    submitResults(pi);
    clockAt(LocalDate.of(2027, 4, 20), 10);
    Task reviewTask = taskOf(pi, "reviewResults");
    assertThatThrownBy(() -> tasks.complete(reviewTask.getId(), vars("resultsDecision", "UNTRUTHFUL",
        "resultsReviewComment", "报告的整改成效与核查不符", "secondRound", true)))
        .hasRootCauseMessage("责令重新整改时,请填写今天以后的重新报告整改情况的截止日期。");
    tasks.complete(reviewTask.getId(), vars("resultsDecision", "UNTRUTHFUL",
        "resultsReviewComment", "报告的整改成效与核查不符", "secondRound", true,
        "secondRoundDue", "2027-06-30"));
    steps().decideAccountability(pi, "ACCOUNTABLE", "2027-04-20");

    Task again = taskOf(pi, "submitResults");
    assertThat(again.getDueDate()).isEqualTo(endOfDayChina(LocalDate.of(2027, 6, 30)));
    assertThat(tasks.getVariable(again.getId(), "resultsReturnReason")).isEqualTo("报告的整改成效与核查不符");
    assertThat(pi).hasPassed("secondRoundCheck");
    submitResults(pi);
    review(pi, "reviewResults", "resultsDecision", "RECTIFIED", null);
    archive(pi);
    readCopies(pi);

    assertThat(pi).isEnded();
    // the office reviewed the results on 20 April, long after their 15 days: its own finding
    assertThat(accountability.findByTalk(pi.getBusinessKey())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.OFFICE_OVERDUE, AccountabilityKind.UNTRUTHFUL);
    assertThat(archives.findByTalk(pi.getBusinessKey()).orElseThrow().rectification().outcome())
        .isEqualTo("RECTIFIED");
  }

  @Test
  void aMissedMeasuresDeadlineIsRemindedRecordedAndEscalatedOnce() {
    ProcessInstance pi = rectification();
    clockAt(LocalDate.of(2027, 2, 21), 8);
    assertThat(fireDueTimers()).isZero();
    clockAt(LocalDate.of(2027, 2, 22), 8);
    assertThat(fireDueTimers()).isEqualTo(1);
    assertThat(jdbc.sql("select subject from notification where recipient_id = 'wanghai' and kind = 'REMINDER'")
        .query(String.class).list()).containsExactly("提醒: 请于2月28日24时前向中共江州市委报告整改措施");

    clockAt(LocalDate.of(2027, 3, 1), 0);
    assertThat(fireDueTimers()).isEqualTo(1);
    Task supervise = taskOf(pi, "superviseMeasures");
    assertThat(candidateGroups(supervise)).containsExactlyInAnyOrder("office", "discipline");
    assertThat(pi).isWaitingAt("submitMeasures", "superviseMeasures");
    assertThat(accountability.findByTalk(pi.getBusinessKey())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.MEASURES_OVERDUE);
    assertThatThrownBy(() -> tasks.complete(supervise.getId(), vars()))
        .hasRootCauseMessage("请填写“督办措施”。");
    tasks.complete(supervise.getId(), vars("supervisionAction", "电话督促,限三日内报送"));

    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "RETURN", "措施不够具体");
    fireDueTimers();
    assertThat(pi).hasPassed("measuresAlreadyRecorded");
    assertThat(tasksOf(pi, "superviseMeasures")).isEmpty();
    assertThat(accountability.findByTalk(pi.getBusinessKey())).hasSize(1);
    assertThat(jdbc.sql("select subject from notification where kind = 'REMINDER' order by id desc")
        .query(String.class).list().get(0)).startsWith("提醒: 整改措施已逾期");
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    submitResults(pi);
    review(pi, "reviewResults", "resultsDecision", "RECTIFIED", null);
    archive(pi);
    assertThat(archives.findByTalk(pi.getBusinessKey()).orElseThrow().rectification().missedDeadlines())
        .containsExactly("MEASURES_OVERDUE");
  }

  @Test
  void aMissedResultsDeadlineCountsFromTheTalkNotFromTheMeasures() {
    ProcessInstance pi = rectification();
    clockAt(LocalDate.of(2027, 2, 10), 9);
    submitMeasures(pi, false);
    review(pi, "reviewMeasures", "measuresDecision", "ACCEPT", null);
    clockAt(LocalDate.of(2027, 4, 24), 8);
    assertThat(fireDueTimers()).isEqualTo(1);
    clockAt(LocalDate.of(2027, 5, 1), 0);
    assertThat(fireDueTimers()).isEqualTo(1);
    assertThat(pi).isWaitingAt("submitResults", "superviseResults");
    tasks.complete(taskOf(pi, "superviseResults").getId(), vars("supervisionAction", "约谈督促"));
    submitResults(pi);
    assertThat(accountability.findByTalk(pi.getBusinessKey())).extracting(AccountabilityRecord::kind)
        .containsExactly(AccountabilityKind.RESULTS_OVERDUE);
    review(pi, "reviewResults", "resultsDecision", "RETURN", "请补充成效");
    fireDueTimers();
    assertThat(pi).hasPassed("resultsAlreadyRecorded");
  }
}

package cn.supervisiontalk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.plan.PlanSteps;
import cn.supervisiontalk.rectification.RectificationSteps;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The annual report (processes/annual-report.bpmn): a year of talks driven with a moved engine
 * clock, the January timer compiling the previous year, the office's review, the figures over REST
 * and the .docx read back with POI.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:annual-report-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    // the schedule of application.yaml; src/test/resources parks it for the other tests
    "supervision-talk.report.cron=0 0 8 1 1 ?"})
class AnnualReportProcessTest extends ProcessTestSupport {

  @TestConfiguration
  static class FullCoverage {
    @Bean
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("regularTalk", "rectification", "annualPlan",
              "termCoverage", "termChange", "timelyTalk", "talkProposal", "plannedTalk", "talkCopy")
          .build();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired AnnualReports reports;

  static MockHttpServletRequestBuilder office(MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("liuyang:demo".getBytes(StandardCharsets.UTF_8)));
  }

  Job reportTimer() {
    return management.createJobQuery().processDefinitionKey("annualReportSchedule").timers().singleResult();
  }

  @Test
  void theJanuaryTimerReportsThePreviousYearAsFiguresAndAsAWordDocument() throws Exception {
    PlanSteps steps = new PlanSteps(this);
    RectificationSteps rectification = new RectificationSteps(engine);

    // 2027: an approved plan with two items
    clockAt(LocalDate.of(2027, 1, 5), 9);
    fireDueTimers();
    ProcessInstance plan = runtime.startProcessInstanceByKey("annualPlan", vars("planYear", 2027));
    // as the office writes it in the draft form: one item a line
    tasks.complete(taskOf(plan, "draftPlan").getId(), vars("planItems",
        "市发展改革委党组，周海，3月，市委办公室，干部考核\n西岭县委，李建国，4月，市委办公室，干部考核"));
    tasks.complete(taskOf(plan, "approvePlan").getId(), vars("planDecision", "APPROVE"));

    // the March item is held on time; its measures are accepted, its results found perfunctory
    clockAt(LocalDate.of(2027, 3, 3), 15);
    fireDueTimers();
    ProcessInstance march = steps.talkOf("2027-001");
    steps.hold(march, LocalDate.of(2027, 3, 3));
    clockAt(LocalDate.of(2027, 3, 10), 10);
    fireDueTimers();
    rectification.submitMeasures(march, false);
    rectification.review(march, "reviewMeasures", "ACCEPT", null);
    clockAt(LocalDate.of(2027, 5, 20), 10);
    rectification.submitResults(march);
    rectification.review(march, "reviewResults", "PERFUNCTORY", "措施未见实效");
    rectification.decideAccountability(march, "ACCOUNTABLE", "2027-05-20");
    rectification.archive(march);
    rectification.readCopies(march);

    // the April item starts but is never held; the secretary holds an unplanned talk in June
    ProcessInstance april = steps.talkOf("2027-002");
    assertThat(april).isNotNull();
    clockAt(LocalDate.of(2027, 6, 1), 9);
    ProcessInstance june = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "baisha", "talkerId", "lijianguo", "plannedTalkDate", "2027-06-10",
        "planYear", 2027));
    clockAt(LocalDate.of(2027, 6, 10), 15);
    steps.hold(june, LocalDate.of(2027, 6, 10));

    // early January the timer compiles 2027
    Job timer = reportTimer();
    assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.of(2028, 1, 1, 8, 0, 0, 0, ZoneId.systemDefault()).toInstant()));
    clockAt(ZonedDateTime.of(2028, 1, 1, 8, 0, 1, 0, ZoneId.systemDefault())
        .withZoneSameInstant(CHINA).toLocalDateTime());
    management.executeJob(timer.getId());
    ProcessInstance report = runtime.createProcessInstanceQuery().processDefinitionKey("annualReport")
        .processInstanceBusinessKey("annualReport-2027").singleResult();
    assertThat(report).isWaitingAt("reviewReport");
    Task review = taskOf(report, "reviewReport");
    assertThat(review).hasCandidateGroup("office");
    assertThat((String) runtime.getVariable(report.getId(), "reportSummary"))
        .contains("定期谈话: 计划2项,完成1项,逾期1项;全年开展2人次");
    assertThat(reportTimer().getDuedate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.of(2029, 1, 1, 8, 0, 0, 0, ZoneId.systemDefault()).toInstant()));

    AnnualFigures f = reports.view("jiangzhou", 2027).figures();
    assertThat(f.regular()).isEqualTo(new AnnualFigures.Regular(2, 1, 1, 0, 2, 1));
    assertThat(f.timely()).hasSize(6).allSatisfy(t -> assertThat(t.started()).isZero());
    assertThat(f.coverage()).extracting(c -> c.organizationName() + ":" + c.covered()).containsExactly(
        "青山县委:false", "东湖区委:false", "西岭县委:false", "白沙镇党委:true",
        "市发展改革委党组:true", "市教育局党组:false", "市人民医院党委:false");
    assertThat(f.leadersCovered()).isEqualTo(2);
    assertThat(f.rectification()).isEqualTo(new AnnualFigures.Rectification(2, 1, 1, 0, 1, 1, 0));
    assertThat(f.reviews()).isEqualTo(new AnnualFigures.Reviews(1, 0, 0, 0, 1, 0, 1));
    assertThat(f.accountability()).filteredOn(a -> a.count() > 0)
        .extracting(AnnualFigures.AccountabilityCount::kind)
        .containsExactly("PERFUNCTORY", "PREPARATION_OVERDUE"); // the April talk, never prepared
    assertThat(f.secretaryTalks()).extracting(AnnualFigures.TalkLine::organizationName,
        AnnualFigures.TalkLine::talkeeName).containsExactly(org.assertj.core.groups.Tuple.tuple("白沙镇党委", "罗强"));

    tasks.complete(review.getId(), vars("reportRemark", "全年定期谈话按计划推进。", "reportReviewed", true));
    assertThat(report).isEnded().hasPassed("reportFinal");

    mvc.perform(office(get("/api/reports/2027"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.compiled").value(true))
        .andExpect(jsonPath("$.reviewed").value(true))
        .andExpect(jsonPath("$.figures.regular.planned").value(2))
        .andExpect(jsonPath("$.figures.regular.held").value(2))
        .andExpect(jsonPath("$.figures.rectification.measuresLate").value(1))
        .andExpect(jsonPath("$.figures.accountabilityRecords[0].label").value("敷衍整改"));
    byte[] docx = mvc.perform(office(get("/api/reports/2027.docx"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    // PDF needs LibreOffice, not configured in these tests: a Chinese 503 pointing to the Word file
    mvc.perform(office(get("/api/reports/2027.pdf"))).andExpect(status().isServiceUnavailable())
        .andExpect(status().reason(org.hamcrest.Matchers.containsString("请下载 Word 文档")));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String text = doc.getParagraphs().stream().map(XWPFParagraph::getText)
          .collect(Collectors.joining("\n"));
      assertThat(text).contains("中共江州市委员会关于2027年度开展监督谈话工作情况的报告")
          .contains("全年开展定期谈话2人次。年度计划安排定期谈话2项,已完成1项,逾期未完成1项。")
          .contains("七、书记述职中开展监督谈话情况")
          .contains("李建国同志作为中共江州市委员会书记,2027年度亲自开展监督谈话1人次")
          .contains("本年度纪检监察机关、组织部门作出决定1项,其中追究责任1项。")
          .contains("八、补充说明").contains("全年定期谈话按计划推进。");
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(9);
      assertThat(tables.get(0).getRow(2).getCell(0).getText()).isEqualTo("按计划完成");
      assertThat(tables.get(0).getRow(2).getCell(1).getText()).isEqualTo("1");
      assertThat(tables.get(1).getRow(1).getCell(0).getText()).isEqualTo("信访举报反映问题较多或突出");
      assertThat(text).contains("任期第十四届(2026-09-28至2031-09-27)内任职的下一级党组织“一把手”共7人,"
          + "已开展定期谈话2人,尚未谈话5人。");
      assertThat(tables.get(2).getRows()).hasSize(8);
      assertThat(tables.get(2).getRow(1).getCell(0).getText()).isEqualTo("青山县委");
      assertThat(tables.get(2).getRow(1).getCell(2).getText()).isEqualTo("2021年12月20日至今");
      assertThat(tables.get(2).getRow(1).getCell(4).getText()).isEqualTo("尚未谈话");
      assertThat(tables.get(2).getRow(5).getCell(0).getText()).isEqualTo("市发展改革委党组");
      assertThat(tables.get(2).getRow(5).getCell(4).getText()).isEqualTo("已谈话");
      assertThat(tables.get(3).getRow(1).getCell(1).getText()).isEqualTo("1");
      assertThat(tables.get(3).getRow(1).getCell(2).getText()).isEqualTo("1");
      assertThat(tables.get(4).getRow(5).getCell(1).getText()).isEqualTo("1");
      assertThat(tables.get(6).getRow(1).getCell(0).getText()).contains("2027年5月20日");
      assertThat(tables.get(7).getRow(1).getCell(3).getText()).isEqualTo("追究责任");
      assertThat(tables.get(7).getRow(1).getCell(5).getText()).isEqualTo("中共江州市纪委监委");
      assertThat(tables.get(8).getRow(1).getCell(2).getText()).isEqualTo("白沙镇党委");
    }
    mvc.perform(office(get("/api/reports/1999"))).andExpect(status().isBadRequest());

    // the plan over REST: the 2027 items with their standing, the 2028 proposal with its lines
    mvc.perform(office(get("/api/plans/2027"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].basisLabels[0]").value("干部考核"))
        .andExpect(jsonPath("$.items[0].status").value("DONE"))
        .andExpect(jsonPath("$.items[1].status").value("LATE"));
    // those talked to in the committee's term (白沙镇党委, 市发展改革委党组) are not proposed again
    mvc.perform(office(get("/api/plans/2028/proposal"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5))
        .andExpect(jsonPath("$[0].organizationId").value("青山县委"))
        .andExpect(jsonPath("$[0].line").value("青山县委，李建国，1月，市委办公室，"))
        .andExpect(jsonPath("$[0].termLabel").value("第十四届(2026-09-28至2031-09-27)"));
  }
}

package cn.supervisiontalk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.supervisiontalk.ProcessTestSupport;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * The annual plan (processes/annual-plan.bpmn): the draft pre-filled with the leaders not yet
 * covered, one line each, the article 7 check per line, return and approval, each item's talk
 * starting the configured weeks before its month, and each item's standing. The draft is completed
 * here as a REST caller may, with the lines in "planItems" (one item a line); Tasklist completes it
 * with the table saved from the plan page instead (PlanTableApiTest).
 */
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:annual-plan-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualPlanProcessTest extends ProcessTestSupport {

  @TestConfiguration
  static class FullCoverage {
    @Bean
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("regularTalk", "rectification", "termCoverage",
              "annualReport", "timelyTalk", "talkProposal", "termChange", "talkCopy")
          .build();
    }
  }

  @Autowired PlanStatus status;
  @Autowired PlanRepository plans;

  PlanSteps steps;

  @BeforeEach
  void steps() {
    steps = new PlanSteps(this);
  }

  @AfterEach
  void removePlans() {
    jdbc.sql("delete from plan_item").update();
    jdbc.sql("delete from annual_plan").update();
  }

  ProcessInstance startPlan(int year) {
    return runtime.startProcessInstanceByKey("annualPlan", vars("planYear", year));
  }

  Task draft(ProcessInstance plan) {
    return taskOf(plan, "draftPlan");
  }

  /** The draft as a REST caller hands it in: one item a line. */
  static Object lines(String... lines) {
    return String.join("\n", lines);
  }

  /** One item of a JSON list, as a REST caller may send the draft instead. */
  static String item(String organization, String talker, int month, String basis) {
    return "{\"organizationId\":\"" + organization + "\",\"talkerId\":\"" + talker
        + "\",\"plannedMonth\":" + month + ",\"responsibleUnit\":\"office\",\"basis\":[" + basis + "]}";
  }

  /** A cooperating unit's proposal the office puts into the annual plan of that year (article 6). */
  void proposeIntoPlan(String proposer, String organization, int year) {
    ProcessInstance proposal = runtime.startProcessInstanceByKey("talkProposal", vars(
        "proposerId", proposer, "organizationId", organization, "trigger", "INSPECTION_FINDINGS",
        "reasons", "巡察发现问题突出", "facts", "巡察反馈问题12个"));
    tasks.complete(taskOf(proposal, "decideProposal").getId(),
        vars("proposalDecision", "PLAN", "proposalPlanYear", (long) year));
  }

  @Test
  @Order(2)
  void proposedLeadersComeFirstWithTheProposalNotedAndAreNotListedTwice() {
    clockAt(LocalDate.of(2026, 12, 1), 9);
    try {
      proposeIntoPlan("zhuhong", "xiling", 2027);
      proposeIntoPlan("xuming", "baisha", 2027);
      proposeIntoPlan("zhuhong", "donghu", 2026);
      ProcessInstance plan = startPlan(2027);

      assertThat(((String) runtime.getVariable(plan.getId(), "planItems")).lines()).containsExactly(
          "西岭县委，李建国，11月，市委办公室，；根据市委巡察办建议",
          "白沙镇党委，李建国，7月，市委办公室，；根据市委组织部建议",
          "青山县委，李建国，1月，市委办公室，",
          "市发展改革委党组，李建国，2月，市委办公室，",
          "市教育局党组，李建国，4月，市委办公室，",
          "市人民医院党委，李建国，6月，市委办公室，",
          "东湖区委，李建国，9月，市委办公室，");
      assertThat(((String) runtime.getVariable(plan.getId(), "planOverview")).lines().findFirst())
          .hasValue("1. 西岭县委 高建华(2026-10-10起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话,根据市委巡察办建议");
    } finally {
      jdbc.sql("delete from talk_proposal").update();
    }
  }

  @Test
  @Order(1)
  void theDraftListsEveryLeaderNotYetTalkedToInTheCommitteesTermLongestInOfficeFirst() {
    clockAt(LocalDate.of(2026, 12, 1), 9);
    ProcessInstance plan = startPlan(2027);

    assertThat(plan).isWaitingAt("draftPlan");
    assertThat(plan.getBusinessKey()).isEqualTo("annualPlan-2027");
    Task draft = draft(plan);
    assertThat(draft).hasCandidateGroup("office");
    // one line per leader, the secretary as talker, the office as unit, the basis left to write;
    // measured against the committee's 第十四届 (article 5), not each leader's own term: 王海's
    // 青山县委 term ends on 2026-12-19, but he is in office and not yet talked to in this term
    assertThat(((String) runtime.getVariable(plan.getId(), "planItems")).lines()).containsExactly(
        "青山县委，李建国，1月，市委办公室，",
        "市发展改革委党组，李建国，2月，市委办公室，",
        "市教育局党组，李建国，4月，市委办公室，",
        "市人民医院党委，李建国，6月，市委办公室，",
        "白沙镇党委，李建国，7月，市委办公室，",
        "东湖区委，李建国，9月，市委办公室，",
        "西岭县委，李建国，11月，市委办公室，");
    assertThat(((String) runtime.getVariable(plan.getId(), "planOverview")).lines()).containsExactly(
        "1. 青山县委 王海(2021-12-20起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话",
        "2. 市发展改革委党组 谢东(2023-03-01起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话",
        "3. 市教育局党组 韩雪(2024-05-10起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话",
        "4. 市人民医院党委 邓云(2025-01-15起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话",
        "5. 白沙镇党委 罗强(2026-07-01起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话",
        "6. 东湖区委 林晓燕(2026-09-25起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话",
        "7. 西岭县委 高建华(2026-10-10起任职),第十四届(2026-09-28至2031-09-27)任期内尚未开展定期谈话");
    assertThat(runtime.getVariable(plan.getId(), "planUnitNames"))
        .isEqualTo("市委办公室、市纪委监委、市委组织部、市委巡察办、市审计局、市委宣传部");
    // submitted unchanged, every line asks for its basis
    assertThatThrownBy(() -> tasks.complete(draft.getId(),
        vars("planItems", runtime.getVariable(plan.getId(), "planItems"))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("第1行: 请填写计划依据(巡视巡察、纪律审查、审计监督、专项检查、干部考核,可写多个)")
        .hasMessageContaining("第7行: 请填写计划依据");

    assertThatThrownBy(() -> startPlan(2027)).isInstanceOf(NotValidException.class)
        .hasMessageContaining("2027年度计划正在起草或审批中");
    assertThatThrownBy(() -> startPlan(2030)).isInstanceOf(NotValidException.class)
        .hasMessageContaining("计划年度应为2026年或2027年");
  }

  @Test
  void eachLineIsCheckedAgainstArticleSevenAndItsMonth() {
    clockAt(LocalDate.of(2027, 3, 15), 9);
    ProcessInstance plan = startPlan(2027);
    Task draft = draft(plan);

    // lines are counted as the office sees them: blank lines count, numbering is ignored
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", lines(
        "西岭县委，赵敏，5月，市委办公室，巡视巡察",
        "市教育局党组，周海，2，市委办公室，审计监督",
        "",
        "4. 市教育局党组,周海,6月,组织部门,审计监督",
        "某某县委\t无此人\t6\t市委办公室\t审计监督"))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("第1行: 对市(地、州、盟)、县(市、区、旗)、乡镇(街道)党(工)委书记开展定期谈话,应当由上一级党委书记作为谈话人")
        .hasMessageContaining("第2行: 2027年2月已过,请安排在今后的月份")
        .hasMessageContaining("第4行: 市教育局党组在计划中重复(已写在第2行)")
        .hasMessageContaining("第5行: 未找到党组织“某某县委”")
        .hasMessageContaining("第5行: 未找到谈话人“无此人”");
    assertThat(plan).isWaitingAt("draftPlan");

    // what is written in each part is checked, with what may be written there
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", lines(
        "市教育局党组，周海，6月，市委办公室",
        "市人民医院党委，周海，13月，市委宣传部，巡视巡察、年度考核",
        "白沙镇党委，李建国，2028年7月，巡视巡察",
        "东湖区委 李建国 7月 市委办公室 干部考核",
        "西岭县委，，7月，财政局，专项检查；" + "备".repeat(501)))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("第1行: 请填写计划依据(巡视巡察、纪律审查、审计监督、专项检查、干部考核,可写多个)")
        .hasMessageContaining("第2行: 计划月份“13月”应为1至12月,如“5”或“5月”")
        .hasMessageContaining("第2行: 计划依据“年度考核”不在可选范围内,可写: 巡视巡察、纪律审查、审计监督、专项检查、干部考核")
        .hasMessageContaining("第3行: 计划月份“2028年7月”不在2027年度")
        .hasMessageContaining("第3行: 责任单位“巡视巡察”不在可选范围内(它是计划依据,请在它之前写责任单位)")
        .hasMessageContaining("第4行: 只写了1项(“东湖区委 李建国 7月 市委办公室 干部考核”),应依次写党组织、谈话人、计划月份、责任单位、计划依据,各项之间用逗号“，”或“,”、顿号“、”或制表符分隔")
        .hasMessageContaining("第5行: 请填写谈话人")
        .hasMessageContaining("第5行: 责任单位“财政局”不在可选范围内,可写: 市委办公室、市纪委监委、市委组织部、市委巡察办、市审计局、市委宣传部")
        .hasMessageContaining("第5行: 备注不能超过500个字(现有501个字)");
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", " \n 1. \n")))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("年度计划至少需要一项定期谈话,请在年度计划编辑页面中添加并保存");
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems",
        "西岭县委，李建国，5月，市委办公室，巡视巡察\n".repeat(8))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("定期谈话事项写了8项,多于下级党组织的数目(7个)");

    // REST callers may still send a JSON list as the field's text, reported by item
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", "["
        + item("市教育局党组", "周海", 6, "") + "," + item("西岭县委", "李建国", 14, "\"AUDIT\"") + "]")))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("第1项: 请填写计划依据")
        .hasMessageContaining("第2项: 计划月份“14”应为1至12月");
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", "[{\"organizationId\":")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("不是有效的 JSON");
    tasks.complete(draft.getId(), vars("planItems", "[" + item("jiaoyuju", "zhouhai", 6, "\"AUDIT\",\"专项检查\"") + "]"));
    assertThat(plan).isWaitingAt("approvePlan");
    // kept as the form's text, so a returned draft reads the same in Tasklist
    assertThat(runtime.getVariable(plan.getId(), "planItems")).isEqualTo("市教育局党组，周海，6月，市委办公室，审计监督、专项检查");
    assertThat((String) runtime.getVariable(plan.getId(), "planSummary"))
        .isEqualTo("1. 市教育局党组 韩雪;谈话人: 周海;计划月份: 6月;责任单位: 市委办公室;依据: 审计监督、专项检查");
  }

  @Test
  void approvalStartsEachTalkWeeksBeforeItsMonthAndThePlanShowsWhereEachStands() {
    clockAt(LocalDate.of(2026, 12, 1), 9);
    ProcessInstance plan = startPlan(2027);
    tasks.complete(draft(plan).getId(), vars("planItems", lines(
        "1. 市发展改革委党组，周海，3，office，巡视巡察、ASSESSMENT；结合巡察反馈",
        "2. 中共西岭县委员会，lijianguo，2027年5月，党委办公室，审计监督")));
    assertThat(plan).isWaitingAt("approvePlan");
    Task approve = taskOf(plan, "approvePlan");
    assertThat(approve).isAssignedTo("lijianguo");
    assertThat((String) runtime.getVariable(plan.getId(), "planSummary"))
        .isEqualTo("1. 市发展改革委党组 谢东;谈话人: 周海;计划月份: 3月;责任单位: 市委办公室;依据: 巡视巡察、干部考核;备注: 结合巡察反馈\n"
            + "2. 西岭县委 高建华;谈话人: 李建国;计划月份: 5月;责任单位: 市委办公室;依据: 审计监督");

    // a return needs a reason, which the office then reads on the draft
    assertThatThrownBy(() -> tasks.complete(approve.getId(), vars("planDecision", "RETURN")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("请填写退回理由");
    tasks.complete(approve.getId(), vars("planDecision", "RETURN",
        "planReviewComment", "西岭县委的谈话请提前到4月"));
    assertThat(plan).isWaitingAt("draftPlan");
    assertThat(runtime.getVariable(plan.getId(), "planReturnReason")).isEqualTo("西岭县委的谈话请提前到4月");
    // the office finds its draft as it was kept, names written out
    assertThat(runtime.getVariable(plan.getId(), "planItems")).isEqualTo(
        "市发展改革委党组，周海，3月，市委办公室，巡视巡察、干部考核；结合巡察反馈\n"
            + "西岭县委，李建国，5月，市委办公室，审计监督");
    tasks.complete(draft(plan).getId(), vars("planItems", lines(
        "市发展改革委党组，周海，3月，市委办公室，巡视巡察、干部考核；结合巡察反馈",
        "西岭县委,李建国,四月,市委办公室,审计监督")));
    tasks.complete(taskOf(plan, "approvePlan").getId(), vars("planDecision", "APPROVE"));

    assertThat(plan).isWaitingAt("plannedTalks");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("plannedTalk").count()).isEqualTo(2);
    assertThat(plans.findItems("jiangzhou", 2027)).extracting(PlanItem::id, PlanItem::organizationId,
        PlanItem::talkeeId, PlanItem::talkerId, PlanItem::plannedTalkDate).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2027-001", "fagaiwei", "xiedong", "zhouhai", LocalDate.of(2027, 3, 31)),
        org.assertj.core.groups.Tuple.tuple("2027-002", "xiling", "gaojianhua", "lijianguo", LocalDate.of(2027, 4, 30)));
    assertThat(plans.findItems("jiangzhou", 2027)).extracting(PlanItem::responsibleUnit, PlanItem::basis, PlanItem::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("office", List.of("INSPECTION", "ASSESSMENT"), "结合巡察反馈"),
            org.assertj.core.groups.Tuple.tuple("office", List.of("AUDIT"), null));
    assertThat(statuses()).containsExactly(PlanItemStatus.NOT_STARTED, PlanItemStatus.NOT_STARTED);

    // four weeks before 1 March is 1 February: the March talk starts then, the April talk waits
    clockAt(LocalDate.of(2027, 1, 31), 23);
    fireDueTimers();
    assertThat(steps.talkOf("2027-001")).isNull();
    clockAt(LocalDate.of(2027, 2, 1), 0);
    fireDueTimers();
    ProcessInstance march = steps.talkOf("2027-001");
    assertThat(march).isNotNull();
    assertThat(runtime.getVariables(march.getId())).containsEntry("organizationId", "fagaiwei")
        .containsEntry("talkeeId", "xiedong").containsEntry("talkerId", "zhouhai")
        .containsEntry("plannedTalkDate", "2027-03-31").containsEntry("planYear", 2027)
        .containsEntry("planItemId", "2027-001");
    assertThat(steps.talkOf("2027-002")).isNull();
    assertThat(statuses()).containsExactly(PlanItemStatus.IN_PROGRESS, PlanItemStatus.NOT_STARTED);

    clockAt(LocalDate.of(2027, 3, 3), 15);
    steps.hold(march, LocalDate.of(2027, 3, 3));
    assertThat(statuses()).containsExactly(PlanItemStatus.DONE, PlanItemStatus.NOT_STARTED);
    assertThat(status.of("jiangzhou", 2027).orElseThrow().items().get(0).talkDate()).isEqualTo(LocalDate.of(2027, 3, 3));
    steps.rectify(march);
    assertThat(march).isEnded();

    clockAt(LocalDate.of(2027, 3, 4), 0);
    fireDueTimers();
    ProcessInstance april = steps.talkOf("2027-002");
    assertThat(runtime.getVariable(april.getId(), "talkeeId")).isEqualTo("gaojianhua");
    assertThat(statuses()).containsExactly(PlanItemStatus.DONE, PlanItemStatus.IN_PROGRESS);
    clockAt(LocalDate.of(2027, 5, 1), 9);
    assertThat(statuses()).containsExactly(PlanItemStatus.DONE, PlanItemStatus.LATE);
    assertThat(status.of("jiangzhou", 2027).orElseThrow().counts()).containsEntry(PlanItemStatus.LATE, 1L);

    // once every talk is archived, the plan is carried out
    steps.hold(april, LocalDate.of(2027, 5, 1));
    steps.rectify(april);
    // held a day after its planned date (30 April): the talker's late record was recorded and the
    // office pursues it (article 17)
    List<Task> pursuits = tasks.createTaskQuery().processInstanceId(april.getId())
        .taskDefinitionKeyIn("supervisePreparation", "superviseTalkRecord").list();
    assertThat(pursuits).extracting(Task::getTaskDefinitionKey).containsExactly("superviseTalkRecord");
    pursuits.forEach(t -> tasks.complete(t.getId(), vars("supervisionAction", "已督办")));
    assertThat(plan).isEnded().hasPassed("planCompleted");
    assertThatThrownBy(() -> startPlan(2027)).isInstanceOf(NotValidException.class)
        .hasMessageContaining("2027年度计划已经批准");
  }

  List<PlanItemStatus> statuses() {
    return status.of("jiangzhou", 2027).orElseThrow().items().stream().map(PlanStatus.ItemView::status).toList();
  }
}

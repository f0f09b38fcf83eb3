package cn.supervisiontalk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.validation.JsonValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * The annual plan (processes/annual-plan.bpmn): the draft pre-filled with the leaders not yet
 * covered, the article 7 check per item, return and approval, each item's talk starting the
 * configured weeks before its month, and each item's standing.
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
              "annualReport", "timelyTalk", "talkProposal", "termChange")
          .build();
    }
  }

  @Autowired PlanStatus status;
  @Autowired PlanRepository plans;

  PlanSteps steps;

  @BeforeEach
  void quietCoverageWatch() {
    steps = new PlanSteps(this);
    runtime.createProcessInstanceQuery().processDefinitionKey("termCoverage").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "not part of this test"));
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

  static String item(String organization, String talker, int month, String basis) {
    return "{\"organizationId\":\"" + organization + "\",\"talkerId\":\"" + talker
        + "\",\"plannedMonth\":" + month + ",\"responsibleUnit\":\"office\",\"basis\":[" + basis + "]}";
  }

  @Test
  @Order(1)
  void theDraftListsEveryUncoveredLeaderEarliestTermEndFirst() {
    clockAt(LocalDate.of(2026, 12, 1), 9);
    ProcessInstance plan = startPlan(2027);

    assertThat(plan).isWaitingAt("draftPlan");
    assertThat(plan.getBusinessKey()).isEqualTo("annualPlan-2027");
    Task draft = draft(plan);
    assertThat(draft).hasCandidateGroup("office");
    List<Map<String, Object>> items = JsonValues.objects(runtime.getVariable(plan.getId(), "planItems"));
    // 青山县委's term ends on 2026-12-19, before the plan year: it cannot be planned in 2027
    assertThat(items).extracting(i -> i.get("organizationId")).containsExactly(
        "市发展改革委党组", "市教育局党组", "市人民医院党委", "白沙镇党委", "东湖区委", "西岭县委");
    assertThat(items).extracting(i -> i.get("termEnd")).containsExactly(
        "2028-02-29", "2029-05-09", "2030-01-14", "2031-06-30", "2031-09-24", "2031-10-09");
    assertThat(items).allSatisfy(i -> {
      assertThat(i.get("talkerId")).isEqualTo("李建国");
      assertThat(i.get("responsibleUnit")).isEqualTo("office");
    });
    assertThat(items.get(0)).containsEntry("talkeeName", "谢东");

    assertThatThrownBy(() -> startPlan(2027)).isInstanceOf(NotValidException.class)
        .hasMessageContaining("2027年度计划正在起草或审批中");
    assertThatThrownBy(() -> startPlan(2030)).isInstanceOf(NotValidException.class)
        .hasMessageContaining("计划年度应为2026年或2027年");
  }

  @Test
  void eachItemIsCheckedAgainstArticleSevenAndItsMonth() {
    clockAt(LocalDate.of(2027, 3, 15), 9);
    ProcessInstance plan = startPlan(2027);
    Task draft = draft(plan);

    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", json("["
        + item("西岭县委", "赵敏", 5, "\"INSPECTION\"") + ","
        + item("市教育局党组", "周海", 2, "\"AUDIT\"") + ","
        + item("市教育局党组", "周海", 6, "\"AUDIT\"") + ","
        + item("某某县委", "无此人", 6, "\"AUDIT\"") + "]"))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("第1项: 对市(地、州、盟)、县(市、区、旗)、乡镇(街道)党(工)委书记开展定期谈话,应当由上一级党委书记作为谈话人")
        .hasMessageContaining("第2项: 2027年2月已过")
        .hasMessageContaining("第3项: 市教育局党组在计划中重复")
        .hasMessageContaining("第4项: 未找到党组织“某某县委”")
        .hasMessageContaining("未找到谈话人“无此人”");
    assertThat(plan).isWaitingAt("draftPlan");
    // the form's own rules come first: every item needs a basis
    assertThatThrownBy(() -> tasks.complete(draft.getId(), vars("planItems", json("["
        + item("市教育局党组", "周海", 6, "") + "]"))))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("请填写“定期谈话事项第1项的计划依据”");
  }

  @Test
  void approvalStartsEachTalkWeeksBeforeItsMonthAndThePlanShowsWhereEachStands() {
    clockAt(LocalDate.of(2026, 12, 1), 9);
    ProcessInstance plan = startPlan(2027);
    tasks.complete(draft(plan).getId(), vars("planItems", json("["
        + item("市发展改革委党组", "周海", 3, "\"INSPECTION\",\"ASSESSMENT\"") + ","
        + item("西岭县委", "李建国", 5, "\"AUDIT\"") + "]")));
    assertThat(plan).isWaitingAt("approvePlan");
    Task approve = taskOf(plan, "approvePlan");
    assertThat(approve).isAssignedTo("lijianguo");
    assertThat((String) runtime.getVariable(plan.getId(), "planSummary"))
        .contains("1. 市发展改革委党组 谢东;谈话人: 周海;计划月份: 3月")
        .contains("依据: 巡视巡察、干部考核");

    // a return needs a reason, which the office then reads on the draft
    assertThatThrownBy(() -> tasks.complete(approve.getId(), vars("planDecision", "RETURN")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("请填写退回理由");
    tasks.complete(approve.getId(), vars("planDecision", "RETURN",
        "planReviewComment", "西岭县委的谈话请提前到4月"));
    assertThat(plan).isWaitingAt("draftPlan");
    assertThat(runtime.getVariable(plan.getId(), "planReturnReason")).isEqualTo("西岭县委的谈话请提前到4月");
    tasks.complete(draft(plan).getId(), vars("planItems", json("["
        + item("市发展改革委党组", "周海", 3, "\"INSPECTION\",\"ASSESSMENT\"") + ","
        + item("西岭县委", "李建国", 4, "\"AUDIT\"") + "]")));
    tasks.complete(taskOf(plan, "approvePlan").getId(), vars("planDecision", "APPROVE"));

    assertThat(plan).isWaitingAt("plannedTalks");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("plannedTalk").count()).isEqualTo(2);
    assertThat(plans.findItems(2027)).extracting(PlanItem::id, PlanItem::organizationId,
        PlanItem::talkeeId, PlanItem::talkerId, PlanItem::plannedTalkDate).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2027-001", "fagaiwei", "xiedong", "zhouhai", LocalDate.of(2027, 3, 31)),
        org.assertj.core.groups.Tuple.tuple("2027-002", "xiling", "gaojianhua", "lijianguo", LocalDate.of(2027, 4, 30)));
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
    assertThat(status.of(2027).orElseThrow().items().get(0).talkDate()).isEqualTo(LocalDate.of(2027, 3, 3));
    steps.rectify(march);
    assertThat(march).isEnded();

    clockAt(LocalDate.of(2027, 3, 4), 0);
    fireDueTimers();
    ProcessInstance april = steps.talkOf("2027-002");
    assertThat(runtime.getVariable(april.getId(), "talkeeId")).isEqualTo("gaojianhua");
    assertThat(statuses()).containsExactly(PlanItemStatus.DONE, PlanItemStatus.IN_PROGRESS);
    clockAt(LocalDate.of(2027, 5, 1), 9);
    assertThat(statuses()).containsExactly(PlanItemStatus.DONE, PlanItemStatus.LATE);
    assertThat(status.of(2027).orElseThrow().counts()).containsEntry(PlanItemStatus.LATE, 1L);

    // once every talk is archived, the plan is carried out
    steps.hold(april, LocalDate.of(2027, 5, 1));
    steps.rectify(april);
    assertThat(plan).isEnded().hasPassed("planCompleted");
    assertThatThrownBy(() -> startPlan(2027)).isInstanceOf(NotValidException.class)
        .hasMessageContaining("2027年度计划已经批准");
  }

  List<PlanItemStatus> statuses() {
    return status.of(2027).orElseThrow().items().stream().map(PlanStatus.ItemView::status).toList();
  }
}

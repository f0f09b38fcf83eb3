package cn.supervisiontalk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.supervisiontalk.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan page's API, /api/plans/{year}/draft: the open draft as rows with the choices of each
 * column; saving checks every row and answers 400 with the problems cell by cell, saving nothing;
 * a saved table is what completing 「起草年度计划」 hands to the secretary; the office only.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:plan-table-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class PlanTableApiTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @AfterEach
  void endPlans() {
    runtime.createProcessInstanceQuery().processDefinitionKey("annualPlan").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test"));
    jdbc.sql("delete from plan_item").update();
    jdbc.sql("delete from annual_plan").update();
  }

  MockHttpServletResponse as(String user, MockHttpServletRequestBuilder request) throws Exception {
    request.header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  MockHttpServletRequestBuilder save(int year, String rows) {
    return put("/api/plans/" + year + "/draft").contentType(MediaType.APPLICATION_JSON)
        .content("{\"rows\":" + rows + "}");
  }

  static String row(String organization, String talker, Object month, String unit, String basis, String note) {
    return "{\"organizationId\":\"" + organization + "\",\"talkerId\":\"" + talker + "\",\"plannedMonth\":"
        + month + ",\"responsibleUnit\":\"" + unit + "\",\"basis\":[" + basis + "],\"note\":\"" + note + "\"}";
  }

  ProcessInstance startPlan() {
    clockAt(LocalDate.of(2026, 12, 1), 9);
    return runtime.startProcessInstanceByKey("annualPlan", vars("planYear", 2027));
  }

  @Test
  void theOfficeReadsTheDraftAsRowsWithTheChoicesOfEachColumn() throws Exception {
    startPlan();
    MockHttpServletResponse response = as("liuyang", get("/api/plans/2027/draft"));
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode draft = body(response);
    assertThat(draft.path("rows")).hasSize(7);
    JsonNode first = draft.path("rows").get(0);
    assertThat(first.path("organizationId").asText()).isEqualTo("qingshan");
    assertThat(first.path("talkerId").asText()).isEqualTo("lijianguo");
    assertThat(first.path("plannedMonth").asInt()).isEqualTo(1);
    assertThat(first.path("responsibleUnit").asText()).isEqualTo("office");
    assertThat(first.path("basis")).isEmpty();
    JsonNode options = draft.path("options");
    assertThat(options.path("organizations").findValuesAsText("label")).contains("青山县委(王海)");
    assertThat(options.path("talkers").findValuesAsText("label")).contains("李建国(市委书记)");
    assertThat(options.path("months")).hasSize(12);
    assertThat(options.path("units").findValuesAsText("label")).contains("市委办公室", "市审计局");
    assertThat(options.path("bases").findValuesAsText("label"))
        .containsExactly("巡视巡察", "纪律审查", "审计监督", "专项检查", "干部考核");
  }

  @Test
  void badCellsAreRefusedOneByOneInChineseAndNothingIsSaved() throws Exception {
    ProcessInstance plan = startPlan();
    Object before = runtime.getVariable(plan.getId(), "planItems");
    MockHttpServletResponse response = as("liuyang", save(2027, "["
        + row("qingshan", "lijianguo", 13, "office", "\"INSPECTION\"", "") + ","
        + row("xiling", "zhaomin", 5, "office", "", "") + ","
        + row("qingshan", "", "null", "nowhere", "\"AUDIT\"", "") + "]"));

    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode refused = body(response);
    assertThat(refused.path("message").asText()).isEqualTo("计划有3行需要修改,请按各格下方的提示修改后再保存。");
    JsonNode rows = refused.path("rows");
    assertThat(rows.get(0).path("row").asInt()).isEqualTo(1);
    assertThat(rows.get(0).path("errors").path("plannedMonth").asText())
        .isEqualTo("计划月份“13”应为1至12月,如“5”或“5月”");
    assertThat(rows.get(0).path("errors").size()).isEqualTo(1);
    assertThat(rows.get(1).path("errors").path("talkerId").asText())
        .startsWith("对市(地、州、盟)、县(市、区、旗)、乡镇(街道)党(工)委书记开展定期谈话,应当由上一级党委书记作为谈话人");
    assertThat(rows.get(1).path("errors").path("basis").asText())
        .isEqualTo("请选择计划依据(巡视巡察、纪律审查、审计监督、专项检查、干部考核,可选多个)");
    JsonNode third = rows.get(2).path("errors");
    assertThat(third.path("organizationId").asText()).isEqualTo("青山县委在计划中重复(已写在第1行)");
    assertThat(third.path("talkerId").asText()).isEqualTo("请选择谈话人");
    assertThat(third.path("plannedMonth").asText()).isEqualTo("请选择计划月份");
    assertThat(third.path("responsibleUnit").asText()).isEqualTo("责任单位“nowhere”不在可选范围内,可选: 市委办公室、市纪委监委、市委组织部、市委巡察办、市审计局、市委宣传部");
    assertThat(runtime.getVariable(plan.getId(), "planItems")).isEqualTo(before);

    // 王海's own term ends on 2026-12-19: a talk in May 2027 would come after it
    assertThat(body(as("liuyang", save(2027, "[" + row("qingshan", "lijianguo", 5, "office", "\"AUDIT\"", "")
        + "]"))).path("rows").get(0).path("errors").path("plannedMonth").asText())
        .isEqualTo("计划月份晚于王海的任期届满日期(2026年12月19日)");
    assertThat(as("liuyang", save(2027, "[]")).getStatus()).isEqualTo(400);
    assertThat(body(as("liuyang", save(2027, "[]"))).path("message").asText())
        .isEqualTo("年度计划至少需要一项定期谈话,请添加一行。");
    assertThat(as("liuyang", put("/api/plans/2027/draft").contentType(MediaType.APPLICATION_JSON)
        .content("{\"rows\":")).getStatus()).isEqualTo(400);
    MockHttpServletResponse noRows = as("liuyang", put("/api/plans/2027/draft")
        .contentType(MediaType.APPLICATION_JSON).content("{\"rows\":\"青山县委\"}"));
    assertThat(noRows.getStatus()).isEqualTo(400);
    assertThat(noRows.getErrorMessage()).contains("计划事项的列表");
    assertThat(as("liuyang", save(2027, "[\"青山县委\"]")).getStatus()).isEqualTo(400);
    MockHttpServletResponse none = as("liuyang", get("/api/plans/2026/draft"));
    assertThat(none.getStatus()).isEqualTo(404);
    assertThat(none.getErrorMessage()).contains("2026年度计划当前没有待起草的任务");
  }

  @Test
  void aSavedTableIsWhatTheSecretaryApproves() throws Exception {
    ProcessInstance plan = startPlan();
    MockHttpServletResponse saved = as("liuyang", save(2027, "["
        + row("fagaiwei", "zhouhai", 3, "office", "\"INSPECTION\",\"ASSESSMENT\"", "结合巡察反馈") + ","
        + row("xiling", "lijianguo", 5, "audit", "\"AUDIT\"", "") + "]"));
    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
    assertThat(body(saved).path("message").asText()).isEqualTo("已保存2项定期谈话。");
    assertThat(body(saved).path("rows")).hasSize(2);
    assertThat(runtime.getVariable(plan.getId(), "planItems")).isEqualTo(
        "市发展改革委党组，周海，3月，市委办公室，巡视巡察、干部考核；结合巡察反馈\n"
            + "西岭县委，李建国，5月，市审计局，审计监督");
    Task draft = taskOf(plan, "draftPlan");
    assertThat((String) tasks.getVariableLocal(draft.getId(), "planTable")).isEqualTo(
        "1. 市发展改革委党组 | 谈话人: 周海 | 计划月份: 3月 | 责任单位: 市委办公室 | 依据: 巡视巡察、干部考核 | 备注: 结合巡察反馈\n"
            + "2. 西岭县委 | 谈话人: 李建国 | 计划月份: 5月 | 责任单位: 市审计局 | 依据: 审计监督");

    // completed as Tasklist does, without the lines: the saved table is checked again and goes on
    tasks.complete(draft.getId());
    assertThat(plan).isWaitingAt("approvePlan");
    assertThat((String) runtime.getVariable(plan.getId(), "planSummary")).isEqualTo(
        "1. 市发展改革委党组 谢东;谈话人: 周海;计划月份: 3月;责任单位: 市委办公室;依据: 巡视巡察、干部考核;备注: 结合巡察反馈\n"
            + "2. 西岭县委 高建华;谈话人: 李建国;计划月份: 5月;责任单位: 市审计局;依据: 审计监督");
    // no draft task any more: the page cannot save while the secretary decides
    assertThat(as("liuyang", save(2027, "[" + row("qingshan", "lijianguo", 5, "office", "\"AUDIT\"", "") + "]"))
        .getStatus()).isEqualTo(404);

    // returned: the office finds its rows again
    tasks.complete(taskOf(plan, "approvePlan").getId(), vars("planDecision", "RETURN",
        "planReviewComment", "西岭县委的谈话请提前到4月"));
    JsonNode again = body(as("liuyang", get("/api/plans/2027/draft")));
    assertThat(again.path("returnReason").asText()).isEqualTo("西岭县委的谈话请提前到4月");
    assertThat(again.path("rows").get(1).path("organizationId").asText()).isEqualTo("xiling");
    assertThat(again.path("rows").get(1).path("responsibleUnit").asText()).isEqualTo("audit");
    assertThat(again.path("rows").get(0).path("basis").findValuesAsText("")).isEmpty();
    assertThat(again.path("rows").get(0).path("basis").toString()).isEqualTo("[\"INSPECTION\",\"ASSESSMENT\"]");
  }

  @Test
  void onlyTheOfficeReadsAndSavesTheDraft() throws Exception {
    startPlan();
    for (String user : new String[] {"lijianguo", "wanghai", "zhenghua"}) {
      assertThat(as(user, get("/api/plans/2027/draft")).getStatus()).as(user).isEqualTo(403);
      assertThat(as(user, save(2027, "[" + row("qingshan", "lijianguo", 5, "office", "\"AUDIT\"", "") + "]"))
          .getStatus()).as(user).isEqualTo(403);
    }
    assertThat(mvc.perform(get("/api/plans/2027/draft")).andReturn().getResponse().getStatus()).isEqualTo(401);
  }
}

package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A timely talk over REST, as the people would do it in Tasklist: the inspection office proposes a
 * talkee (article 6), the general office accepts and picks the talker and the units for material,
 * the timely talk runs its focused preparation, the talk, and the shared rectification process to
 * the archive. Each person authenticates as themself.
 */
public class TimelyTalkRestFlow {

  private static final String PROPOSER = "zhuhong";
  private static final String OFFICE = "liuyang";
  private static final String TALKER = "zhouhai";
  private static final String TALKEE = "gaojianhua";

  private final Rest rest;
  private final LocalDate today = LocalDate.now(RegularTalkRestFlow.CHINA);
  private String proposalId;
  private String talkId;

  public TimelyTalkRestFlow(String baseUrl) {
    this.rest = new Rest(baseUrl);
  }

  public void run() {
    propose();
    accept();
    prepareAndHold();
    rectifyAndArchive();
    archived();
  }

  private void propose() {
    Map<String, Object> proposal = Map.of(
        "organizationId", string("xiling"), "trigger", string("INSPECTION_FINDINGS"),
        "reasons", string("巡察发现主体责任落实问题突出"), "facts", string("巡察反馈问题12个"));
    Response refused = rest.as("wanghai").engine("POST",
        "/process-definition/key/talkProposal/submit-form", Map.of("variables", proposal));
    assertThat(refused.status()).as("a talkee may not propose").isEqualTo(403);
    proposalId = rest.as(PROPOSER).engine("POST", "/process-definition/key/talkProposal/submit-form",
        Map.of("variables", proposal)).ok().json().path("id").asText();
  }

  private void accept() {
    JsonNode decide = only(OFFICE, proposalId, "candidateUser=" + OFFICE);
    assertThat(decide.path("name").asText()).isEqualTo("研究谈话建议");
    claim(decide, OFFICE);
    submit(OFFICE, decide, Map.of("proposalDecision", string("ACCEPT"), "talkerId", string("zhouhai"),
        "plannedTalkDate", string(today.plusDays(3).toString()),
        "cooperatingUnits", json("[\"discipline\"]")));

    JsonNode outcome = only(PROPOSER, proposalId, "assignee=" + PROPOSER);
    assertThat(variable(PROPOSER, outcome, "proposalOutcomeText")).startsWith("已采纳");
    submit(PROPOSER, outcome, Map.of("proposalOutcomeRead", Map.of("value", true, "type", "Boolean")));

    List<JsonNode> linked = rest.as(OFFICE).engine("GET", "/history/variable-instance?processInstanceId="
        + proposalId + "&variableName=timelyTalkId", null).ok().list();
    assertThat(linked).as("the proposal knows its timely talk").hasSize(1);
    talkId = linked.get(0).path("value").asText();
  }

  private void prepareAndHold() {
    JsonNode prepare = only(TALKER, talkId, "assignee=" + TALKER);
    assertThat(prepare.path("name").asText()).isEqualTo("聚焦问题做好谈话准备");
    assertThat(tasks(TALKEE, talkId, "assignee=" + TALKEE)).as("no self-inspection in a timely talk").isEmpty();
    submit(TALKER, prepare, Map.of("preparationMaterials", string("巡察反馈报告"),
        "preparationIssues", string("主体责任落实不力")));
    JsonNode material = only("zhenghua", talkId, "candidateUser=zhenghua");
    claim(material, "zhenghua");
    submit("zhenghua", material, Map.of("material", string("问题线索处置情况")));
    assertThat(tasks("xuming", talkId, "candidateUser=xuming")).as("only the picked unit supplies").isEmpty();

    JsonNode hold = await(TALKER, "assignee=" + TALKER);
    assertThat(hold.path("taskDefinitionKey").asText()).isEqualTo("holdTalk");
    submit(TALKER, hold, Map.of("talkDate", string(today.toString()),
        "selfInspectionHeard", string("报告了巡察反馈问题的整改情况"),
        "problems", string("1. 主体责任层层递减\n2. 巡察整改不彻底"),
        "explanation", string("作了说明"), "requirements", string("一个月内提出整改措施"),
        "commitment", string("坚决整改")));
  }

  private void rectifyAndArchive() {
    JsonNode measures = await(TALKEE, "assignee=" + TALKEE);
    assertThat(measures.path("taskDefinitionKey").asText()).isEqualTo("submitMeasures");
    submit(TALKEE, measures, Map.of("reflections", string("深刻反思"),
        "otherMeasures", string("建立巡察整改台账")));
    officeReview("reviewMeasures", Map.of("measuresDecision", string("ACCEPT")));
    submit(TALKEE, only(TALKEE, talkId, "assignee=" + TALKEE), Map.of("results", string("台账已建立,问题已销号")));
    officeReview("reviewResults", Map.of("resultsDecision", string("RECTIFIED")));
    officeReview("prepareArchive", Map.of("copyToExtra", json("[]")));
    for (String reader : List.of("zhenghua", "xuming")) {
      JsonNode read = only(reader, talkId, "candidateUser=" + reader);
      claim(read, reader);
      submit(reader, read, Map.of("archiveRead", Map.of("value", true, "type", "Boolean")));
    }
  }

  private void archived() {
    JsonNode archive = rest.as(OFFICE).get("/api/archives/" + talkId).ok().json();
    assertThat(archive.path("talkType").asText()).isEqualTo("TIMELY");
    assertThat(archive.path("talkeeId").asText()).isEqualTo(TALKEE);
    assertThat(archive.path("talkerId").asText()).isEqualTo(TALKER);
    assertThat(archive.path("talkRecord").path("trigger").asText()).isEqualTo("INSPECTION_FINDINGS");
    assertThat(archive.path("talkRecord").path("proposalId").asText()).isEqualTo(proposalId);
    assertThat(archive.path("materials").size()).isEqualTo(1);
    assertThat(archive.path("outcome").asText()).isEqualTo("RECTIFIED");
    List<String> own = new ArrayList<>();
    rest.as(TALKEE).get("/api/archives?talkeeId=" + TALKEE).ok().json()
        .forEach(a -> own.add(a.path("talkId").asText()));
    assertThat(own).as("the talkee sees the archived talk").contains(talkId);
  }

  private void officeReview(String key, Map<String, Object> variables) {
    JsonNode task = only(OFFICE, talkId, "candidateUser=" + OFFICE);
    assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(key);
    claim(task, OFFICE);
    submit(OFFICE, task, variables);
  }

  private List<JsonNode> tasks(String user, String businessKey, String query) {
    return rest.as(user).engine("GET", "/task?processInstanceBusinessKey=" + enc(businessKey) + "&" + query,
        null).ok().list();
  }

  private JsonNode only(String user, String businessKey, String query) {
    List<JsonNode> found = tasks(user, businessKey, query);
    assertThat(found).as("tasks of %s with %s", user, query).hasSize(1);
    return found.get(0);
  }

  /** The person's one task of the talk once the job executor has moved the talk on (10 s at most). */
  private JsonNode await(String user, String query) {
    RegularTalkRestFlow.jobExecutor().until(() -> !tasks(user, talkId, query).isEmpty());
    return only(user, talkId, query);
  }

  private void claim(JsonNode task, String user) {
    rest.as(user).engine("POST", "/task/" + task.path("id").asText() + "/claim", Map.of("userId", user))
        .expect(204);
  }

  private void submit(String user, JsonNode task, Map<String, Object> variables) {
    rest.as(user).engine("POST", "/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", variables)).expect(204);
  }

  private String variable(String user, JsonNode task, String name) {
    return rest.as(user).engine("GET", "/task/" + task.path("id").asText() + "/variables/" + name, null)
        .ok().json().path("value").asText();
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

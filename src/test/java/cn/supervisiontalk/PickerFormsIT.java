package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Forms are handed out with their pickers filled: Tasklist 7.24 loads no variables into a start
 * form, so the organizations and talkers come with the form itself, over the webapps' engine API
 * Tasklist reads and over /engine-rest alike; a task form's choices follow its task. Everything
 * else the engine answers passes unchanged.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PickerFormsIT {

  private static final String DATABASE = "picker-forms-it-" + UUID.randomUUID();

  @DynamicPropertySource
  static void isolatedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
  }

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  private static JsonNode field(JsonNode form, String key) {
    return form.findParents("key").stream().filter(c -> c.path("key").asText().equals(key))
        .findFirst().orElseThrow(() -> new AssertionError("no field " + key + " in " + form));
  }

  private static List<String> values(JsonNode field) {
    return field.path("values").findValuesAsText("value");
  }

  @Test
  void tasklistGetsTheStartFormWithTheOrganizationsAndTalkersToPickFrom() {
    WebappSession office = WebappSession.tasklist(base(), "liuyang", "demo");
    assertThat(office.loggedIn()).isTrue();
    String definition = office.engine("GET", "/process-definition/key/regularTalk", null).ok().json()
        .path("id").asText();

    // the very request Tasklist sends for a Camunda Form on a start event
    Response answer = office.engine("GET", "/process-definition/" + definition
        + "/deployed-start-form?noCache=" + System.currentTimeMillis(), null).ok();
    JsonNode form = answer.json();

    JsonNode organization = field(form, "organizationId");
    assertThat(organization.path("type").asText()).isEqualTo("select");
    assertThat(organization.path("values").get(0).toString())
        .isEqualTo("{\"label\":\"青山县委(王海)\",\"value\":\"qingshan\"}");
    assertThat(values(field(form, "talkerId"))).startsWith("lijianguo").hasSize(6);
    assertThat(field(form, "planYear").path("defaultValue").asInt())
        .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    assertThat(form.toString()).as("the form's texts arrive intact").contains("发起定期谈话");
  }

  @Test
  void restCallersGetTheSameChoicesAndATaskFormFollowsItsTask() {
    Rest rest = new Rest(base());
    JsonNode start = rest.as("zhuhong").engine("GET",
        "/process-definition/key/talkProposal/deployed-start-form", null).ok().json();
    assertThat(values(field(start, "organizationId"))).contains("qingshan", "xiling", "fagaiwei");

    String proposal = rest.as("zhuhong").engine("POST", "/process-definition/key/talkProposal/submit-form",
        Map.of("variables", Map.of(
            "organizationId", Map.of("value", "xiling", "type", "String"),
            "trigger", Map.of("value", "INSPECTION_FINDINGS", "type", "String"),
            "reasons", Map.of("value", "巡察发现问题较多", "type", "String"),
            "facts", Map.of("value", "巡察反馈意见", "type", "String")))).ok().json().path("id").asText();
    String task = rest.as("liuyang").engine("GET", "/task?processInstanceId=" + proposal, null).list()
        .get(0).path("id").asText();

    JsonNode decide = rest.as("liuyang").engine("GET", "/task/" + task + "/deployed-form", null).ok().json();
    assertThat(values(field(decide, "talkerId"))).as("any member may hold a timely talk").hasSize(6);
    assertThat(field(decide, "proposalPlanYear").has("defaultValue")).isTrue();
    assertThat(field(decide, "talkerId").path("properties").path("talkType").asText()).isEqualTo("TIMELY");
  }

  @Test
  void whatIsNotAFormWithPickersPassesAsTheEngineAnswersIt() {
    Rest rest = new Rest(base());
    assertThat(rest.engine("GET", "/process-definition/key/regularTalk/deployed-start-form", null).status())
        .as("no login, no form").isEqualTo(401);
    Response missing = rest.as("liuyang").engine("GET",
        "/process-definition/key/noSuchProcess/deployed-start-form", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(rest.as("liuyang").engine("GET", "/process-definition/key/regularTalk", null).ok().json()
        .path("key").asText()).isEqualTo("regularTalk");
  }
}

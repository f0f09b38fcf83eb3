package cn.supervisiontalk.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Pick, don't type": the forms' pickers of organizations, talkers, new leaders and attendees and
 * their dynamic defaults, filled from the application's records by {@link FormOptions} as the forms
 * in forms/ name them.
 */
class PickersTest extends ProcessTestSupport {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Autowired FormOptions options;

  private static JsonNode deployed(String form) throws IOException {
    return new ObjectMapper().readTree(new File("forms/" + form + ".form"));
  }

  private static JsonNode field(JsonNode form, String key) {
    return form.findParents("key").stream().filter(c -> c.path("key").asText().equals(key))
        .findFirst().orElseThrow(() -> new AssertionError("no field " + key));
  }

  private static List<String> values(JsonNode field) {
    return field.path("values").findValuesAsText("value");
  }

  private static List<String> labels(JsonNode field) {
    return field.path("values").findValuesAsText("label");
  }

  @Test
  void everyFormNamesOnlyListsAndDefaultsTheApplicationKnows() throws IOException {
    List<String> unknown = new ArrayList<>();
    File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(forms).isNotEmpty();
    for (File file : forms) {
      for (JsonNode field : new ObjectMapper().readTree(file).findParents("properties")) {
        JsonNode properties = field.path("properties");
        if (properties.has("options") && !options.knownLists().contains(properties.path("options").asText())) {
          unknown.add(file.getName() + ": options " + properties.path("options").asText());
        }
        if (properties.has("default") && !options.knownDefaults().contains(properties.path("default").asText())) {
          unknown.add(file.getName() + ": default " + properties.path("default").asText());
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void noStartFormAsksToTypeAPersonOrAnOrganization() throws IOException {
    for (String form : List.of("regular-talk-start", "timely-talk-start", "talk-proposal-start",
        "term-change-start")) {
      JsonNode schema = deployed(form);
      assertThat(field(schema, "organizationId").path("type").asText()).as(form).isEqualTo("select");
      assertThat(field(schema, "organizationId").path("searchable").asBoolean()).as(form).isTrue();
      assertThat(schema.findParents("key")).as(form + " has no talkee to type")
          .noneMatch(c -> c.path("key").asText().equals("talkeeId"));
    }
  }

  @Test
  void theRegularTalksStartFormOffersOrganizationsWithTheirTopLeaderAndEveryLeadershipMember()
      throws IOException {
    clockAt(TODAY, 9);
    JsonNode form = options.fill(deployed("regular-talk-start"), FormContext.START);

    JsonNode organization = field(form, "organizationId");
    assertThat(values(organization)).containsExactly("qingshan", "donghu", "xiling", "baisha",
        "fagaiwei", "jiaoyuju", "renminyiyuan");
    assertThat(labels(organization)).startsWith("青山县委(王海)", "东湖区委(林晓燕)");
    JsonNode talker = field(form, "talkerId");
    assertThat(values(talker)).containsExactly("lijianguo", "zhaomin", "chenzhiqiang", "sunli",
        "zhouhai", "wufang");
    assertThat(labels(talker)).startsWith("李建国(市委书记)", "赵敏(市委副书记、市长)");
    assertThat(field(form, "planYear").path("defaultValue").asInt()).isEqualTo(2027);
  }

  @Test
  void whereTheOrganizationIsKnownTheTalkerPickerFollowsArticleSeven() throws IOException {
    JsonNode arrange = deployed("arrange-coverage-talk");
    FormContext county = FormContext.ofTask("t", Map.of("organizationId", "xiling")::get);
    FormContext partyGroup = FormContext.ofTask("t", Map.of("organizationId", "fagaiwei")::get);

    assertThat(values(field(options.fill(arrange, county), "talkerId")))
        .as("a county secretary's regular talk: the committee secretary").containsExactly("lijianguo");
    assertThat(values(field(options.fill(arrange, partyGroup), "talkerId")))
        .as("a party group's secretary: any member").hasSize(6);
    assertThat(values(field(options.fill(deployed("decide-proposal"), county), "talkerId")))
        .as("a timely talk may be held by any member").hasSize(6);
  }

  @Test
  void aNewTopLeaderIsPickedAmongKnownPeopleOrTypedInAsANewPerson() throws IOException {
    JsonNode leader = field(options.fill(deployed("term-change-start"), FormContext.START), "leaderId");

    assertThat(values(leader)).startsWith("wanghai", "linxiaoyan").contains("pengliang", "liuzhiyuan")
        .doesNotContain("lijianguo", "liuyang").endsWith("NEW");
    assertThat(labels(leader)).contains("王海(青山县委现任“一把手”)", "彭亮(白沙镇党委副书记、镇长)")
        .endsWith("新任人员(在下方填写)");
  }

  @Test
  void theAnnualPlanProposesNextYearExceptEarlyInTheYear() throws IOException {
    clockAt(LocalDate.of(2027, 3, 31), 20);
    JsonNode march = options.fill(deployed("annual-plan-start"), FormContext.START);
    clockAt(LocalDate.of(2027, 4, 1), 8);
    JsonNode april = options.fill(deployed("annual-plan-start"), FormContext.START);

    assertThat(field(march, "planYear").path("defaultValue").asInt()).isEqualTo(2027);
    assertThat(field(april, "planYear").path("defaultValue").asInt()).isEqualTo(2028);
  }

  @Test
  void theTalkRecordTicksThePeopleTheUnitsSentAndWritesThePickedWithTheirUnits() throws IOException {
    clockAt(TODAY, 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "xiling", "talkerId", "lijianguo", "plannedTalkDate", "2027-03-20",
        "planYear", 2027));
    TalkSteps.prepare(this, talk);
    Task record = taskOf(talk, "holdTalk");

    JsonNode attendees = field(options.fill(deployed("hold-talk"),
        FormContext.ofTask(record.getId(), name -> tasks.getVariable(record.getId(), name))), "attendeeIds");
    assertThat(values(attendees)).startsWith("zhenghua").contains("xuming", "liuyang", "huangjing")
        .doesNotContain("lijianguo", "gaojianhua");
    assertThat(labels(attendees).get(0)).isEqualTo("郑华(市纪委监委)");
    assertThat(attendees.path("defaultValue").toString()).isEqualTo("[\"zhenghua\"]");

    var notAChoice = TalkSteps.record(TODAY);
    notAChoice.putValue("attendeeIds", json("[\"gaojianhua\"]"));
    assertThatThrownBy(() -> tasks.complete(record.getId(), notAChoice))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasMessageContaining("“参加谈话人员”的取值“gaojianhua”不在可选范围内");

    var picked = TalkSteps.record(TODAY);
    picked.putValue("attendeeIds", json("[\"zhenghua\", \"liuyang\"]"));
    picked.putValue("attendees", "市委办公室记录人员一名");
    tasks.complete(record.getId(), picked);
    assertThat(talk).isWaitingAt("rectifyAndArchive");
    assertThat(talks.notes(talk.getId()).attendees())
        .isEqualTo("郑华(市纪委监委)、刘洋(市委办公室)、市委办公室记录人员一名");
  }
}

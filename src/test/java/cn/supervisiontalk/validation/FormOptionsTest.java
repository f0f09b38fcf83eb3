package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.Test;

/**
 * Pickers filled from the application's lists: what is handed out is what the check of a
 * submission holds the values against.
 */
class FormOptionsTest {

  private final List<FormContext> asked = new ArrayList<>();
  private final List<Map<String, String>> askedWith = new ArrayList<>();

  /** Organizations as the organization package offers them; talkers depend on the task. */
  private final FormOptionSource organizations = new FormOptionSource() {
    @Override
    public Set<String> lists() {
      return Set.of("organizations", "talkers");
    }

    @Override
    public List<FormOption> options(String list, FormContext context, Map<String, String> properties) {
      asked.add(context);
      askedWith.add(properties);
      if (list.equals("talkers")) {
        return "qingshan".equals(context.text("organizationId"))
            ? List.of(new FormOption("lijianguo", "李建国(市委书记)"))
            : List.of(new FormOption("lijianguo", "李建国(市委书记)"), new FormOption("zhaomin", "赵敏(市委副书记)"));
      }
      return List.of(new FormOption("qingshan", "青山县委(王海)"), new FormOption("xiling", "西岭县委(高建华)"));
    }
  };

  private final FormDefaultSource years = new FormDefaultSource() {
    @Override
    public Set<String> defaults() {
      return Set.of("nextPlanYear", "namedAttendees");
    }

    @Override
    public Object value(String name, FormContext context) {
      return name.equals("nextPlanYear") ? 2028 : List.of("zhenghua");
    }
  };

  private final FormOptions options = new FormOptions(List.of(organizations), List.of(years));
  private final FormValidator validator = new FormValidator();

  private static JsonNode form(String components) throws Exception {
    return new ObjectMapper().readTree("""
        {"schemaVersion": 16, "id": "testForm", "type": "default", "components": [%s]}
        """.formatted(components));
  }

  private static final String ORGANIZATION = """
      {"type": "select", "key": "organizationId", "label": "被谈话人所在党组织", "values": [],
       "searchable": true, "validate": {"required": true}, "properties": {"options": "organizations"}}""";

  @Test
  void aPickerGetsTheCurrentChoicesAsItsValues() throws Exception {
    JsonNode deployed = form(ORGANIZATION);
    JsonNode filled = options.fill(deployed, FormContext.START);

    JsonNode values = filled.path("components").get(0).path("values");
    assertThat(values.toString()).isEqualTo(
        "[{\"label\":\"青山县委(王海)\",\"value\":\"qingshan\"},{\"label\":\"西岭县委(高建华)\",\"value\":\"xiling\"}]");
    assertThat(filled.path("components").get(0).path("searchable").asBoolean()).isTrue();
    assertThat(deployed.path("components").get(0).path("values")).as("the deployed form is not changed").isEmpty();
    assertThat(asked).containsExactly(FormContext.START);
  }

  @Test
  void theFormsOwnChoicesFollowTheApplicationsAndAValuesKeyGivesWay() throws Exception {
    JsonNode filled = options.fill(form("""
        {"type": "select", "key": "organizationId", "valuesKey": "organizationOptions",
         "values": [{"label": "其他党组织(在下方填写)", "value": "OTHER"}],
         "properties": {"options": "organizations"}}"""), FormContext.START);

    JsonNode field = filled.path("components").get(0);
    assertThat(field.path("values").findValuesAsText("value")).containsExactly("qingshan", "xiling", "OTHER");
    assertThat(field.has("valuesKey")).isFalse();
  }

  @Test
  void aTaskFormsChoicesMayDependOnTheTaskAndTheFieldsProperties() throws Exception {
    String talker = """
        {"type": "select", "key": "talkerId", "label": "谈话人", "values": [],
         "properties": {"options": "talkers", "talkType": "REGULAR"}}""";
    FormContext task = FormContext.ofTask("task-1", name -> name.equals("organizationId") ? "qingshan" : null);

    JsonNode filled = options.fill(form(talker), task);

    assertThat(filled.path("components").get(0).path("values").findValuesAsText("value"))
        .containsExactly("lijianguo");
    assertThat(askedWith.get(0)).containsEntry("talkType", "REGULAR");
    assertThat(asked.get(0).taskId()).isEqualTo("task-1");
  }

  @Test
  void fieldsInGroupsAreFilledAndDefaultsSet() throws Exception {
    JsonNode filled = options.fill(form("""
        {"type": "number", "key": "planYear", "label": "计划年度", "properties": {"default": "nextPlanYear"}},
        {"type": "group", "label": "谈话情况", "components": [
          {"type": "checklist", "key": "attendeeIds", "label": "参加谈话人员", "values": [],
           "properties": {"options": "organizations", "default": "namedAttendees"}}]}"""),
        FormContext.START);

    assertThat(filled.path("components").get(0).path("defaultValue").asInt()).isEqualTo(2028);
    JsonNode checklist = filled.path("components").get(1).path("components").get(0);
    assertThat(checklist.path("defaultValue").toString()).isEqualTo("[\"zhenghua\"]");
    assertThat(checklist.path("values")).hasSize(2);
  }

  @Test
  void aFormWithoutPickersIsHandedOutAsItIs() throws Exception {
    JsonNode plain = form("""
        {"type": "select", "key": "trigger", "values": [{"label": "其他情形", "value": "OTHER"}]}""");

    assertThat(FormOptions.needsFilling(plain)).isFalse();
    assertThat(options.fill(plain, FormContext.START)).isSameAs(plain);
    assertThat(options.fill(null, FormContext.START)).isNull();
    assertThat(asked).isEmpty();
  }

  @Test
  void aSubmissionIsCheckedAgainstTheFilledChoices() throws Exception {
    JsonNode filled = options.fill(form(ORGANIZATION), FormContext.START);

    assertThatCode(() -> validator.check(filled, Map.of("organizationId", "qingshan")::get))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> validator.check(filled, Map.of("organizationId", "dongchuan")::get))
        .isInstanceOf(NotValidException.class)
        .hasMessage("“被谈话人所在党组织”的取值“dongchuan”不在可选范围内。");
    assertThatThrownBy(() -> validator.check(filled, Map.of("organizationId", "青山县委")::get))
        .as("a name instead of the id: the caller is told the id")
        .hasMessage("“被谈话人所在党组织”的取值“青山县委”不在可选范围内(“青山县委(王海)”应提交“qingshan”)。");
  }

  @Test
  void aListNoSourceKnowsOffersNothingAndAcceptsNothing() throws Exception {
    JsonNode filled = options.fill(form("""
        {"type": "select", "key": "talkeeId", "label": "被谈话人", "values": [],
         "properties": {"options": "noSuchList"}}"""), FormContext.START);

    assertThat(filled.path("components").get(0).path("values")).isEmpty();
    assertThatThrownBy(() -> validator.check(filled, Map.of("talkeeId", "wanghai")::get))
        .hasMessageContaining("“被谈话人”的取值“wanghai”不在可选范围内");
    assertThat(options.knownLists()).containsExactlyInAnyOrder("organizations", "talkers");
    assertThat(options.knownDefaults()).containsExactlyInAnyOrder("nextPlanYear", "namedAttendees");
  }

  @Test
  void twoSourcesClaimingOneNameAreAMistakeOfTheApplication() {
    FormOptions clashing = new FormOptions(List.of(organizations, organizations), List.of());

    assertThatThrownBy(clashing::knownLists).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("organizations");
  }
}

package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.validation.FormSchemas.Field;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The fields and quoted names of a form schema. */
class FormSchemasTest {

  private static JsonNode form(String components) throws Exception {
    return new ObjectMapper().readTree("""
        {"schemaVersion": 16, "id": "testForm", "type": "default", "components": [%s]}
        """.formatted(components));
  }

  @Test
  void fieldsAreTheComponentsWithAKeyInOrder() throws Exception {
    JsonNode schema = form("""
        {"type": "text", "text": "## 标题"},
        {"type": "textarea", "key": "explanation", "label": "说明"},
        {"type": "datetime", "key": "talkDate", "dateLabel": "谈话日期"}""");

    assertThat(FormSchemas.fields(schema)).containsExactly(
        new Field("explanation", "textarea", false),
        new Field("talkDate", "datetime", false));
  }

  @Test
  void fieldsInsideGroupsAreFound() throws Exception {
    JsonNode schema = form("""
        {"type": "group", "label": "谈话情况", "components": [
          {"type": "textfield", "key": "attendees", "label": "参加人员"},
          {"type": "group", "components": [{"type": "checkbox", "key": "confirmed"}]}]}""");

    assertThat(FormSchemas.fields(schema)).extracting(Field::key)
        .containsExactly("attendees", "confirmed");
  }

  @Test
  void aDynamicListIsOneFieldNamedByItsPath() throws Exception {
    JsonNode schema = form("""
        {"type": "dynamiclist", "path": "measures", "components": [
          {"type": "textfield", "key": "content"}]}""");

    assertThat(FormSchemas.fields(schema)).containsExactly(new Field("measures", "dynamiclist", false));
  }

  @Test
  void readonlyAndDisabledFieldsAreMarkedReadOnly() throws Exception {
    JsonNode schema = form("""
        {"type": "textarea", "key": "planOverview", "readonly": true},
        {"type": "textfield", "key": "talkerName", "disabled": true},
        {"type": "textarea", "key": "planItems", "readonly": false}""");

    assertThat(FormSchemas.fields(schema)).extracting(Field::key, Field::readOnly)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("planOverview", true),
            org.assertj.core.groups.Tuple.tuple("talkerName", true),
            org.assertj.core.groups.Tuple.tuple("planItems", false));
  }

  @Test
  void onlyTextareasAreFreeText() {
    assertThat(new Field("notes", "textarea", false).isText()).isTrue();
    assertThat(new Field("attendees", "textfield", false).isText()).isFalse();
    assertThat(new Field("decision", "radio", false).isText()).isFalse();
  }

  @Test
  void formWithoutComponentsHasNoFields() throws Exception {
    assertThat(FormSchemas.fields(new ObjectMapper().readTree("{}"))).isEmpty();
  }

  @Test
  void templateNamesAreFoundInTextsLabelsAndDescriptions() throws Exception {
    JsonNode schema = form("""
        {"type": "text", "text": "**被谈话人**: {{talkeeName}}({{organizationName}})"},
        {"type": "group", "components": [
          {"type": "textarea", "key": "planItems", "label": "{{ planYear }}年度事项",
           "description": "责任单位写{{planUnitNames}}之一"}]}""");

    assertThat(FormSchemas.templateNames(schema))
        .containsExactlyInAnyOrder("talkeeName", "organizationName", "planYear", "planUnitNames");
  }

  @Test
  void templateNamesIgnoreWhatIsNotASimpleName() throws Exception {
    JsonNode schema = form("""
        {"type": "text", "text": "{{talk.date}} {{1st}} {single} 无引用"}""");

    assertThat(FormSchemas.templateNames(schema)).isEmpty();
  }
}

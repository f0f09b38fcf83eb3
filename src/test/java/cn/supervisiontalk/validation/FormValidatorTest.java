package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.Test;

/** The form's own rules, applied to what a person or REST caller submits. */
class FormValidatorTest {

  private final FormValidator validator = new FormValidator();

  /** A form with these components, in the shape of forms/*.form. */
  private static JsonNode form(String components) throws Exception {
    return new ObjectMapper().readTree("""
        {"schemaVersion": 16, "id": "testForm", "type": "default", "components": [%s]}
        """.formatted(components));
  }

  private void check(JsonNode form, Map<String, Object> values) {
    validator.check(form, values::get);
  }

  private static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private static final String REQUIRED_TEXTAREA = """
      {"type": "textarea", "key": "preparationIssues", "label": "拟在谈话中指出的主要问题",
       "validate": {"required": true}}""";

  @Test
  void missingRequiredFieldIsRefusedNamingItsLabel() throws Exception {
    JsonNode form = form(REQUIRED_TEXTAREA);

    assertThatThrownBy(() -> check(form, values()))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("请填写“拟在谈话中指出的主要问题”");
    assertThatThrownBy(() -> check(form, values("preparationIssues", "   ")))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("请填写“拟在谈话中指出的主要问题”");
  }

  @Test
  void filledRequiredFieldIsAccepted() throws Exception {
    assertThatCode(() -> check(form(REQUIRED_TEXTAREA), values("preparationIssues", "问题一")))
        .doesNotThrowAnyException();
  }

  @Test
  void requiredFieldShownOnlyUnderAConditionMayBeLeftEmpty() throws Exception {
    JsonNode form = form("""
        {"type": "textarea", "key": "reason", "label": "理由", "validate": {"required": true},
         "conditional": {"hide": "=decision = \\"ACCEPT\\""}}""");

    assertThatCode(() -> check(form, values())).doesNotThrowAnyException();
  }

  @Test
  void textareaAcceptsTwentyThousandCharactersByDefaultAndRefusesMore() throws Exception {
    JsonNode form = form("""
        {"type": "textarea", "key": "notes", "label": "谈话记录"}""");

    assertThatCode(() -> check(form, values("notes", "字".repeat(20_000))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("notes", "字".repeat(20_001))))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("“谈话记录”不能超过20000个字(现有20001个字)");
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() throws Exception {
    JsonNode form = form("""
        {"type": "textfield", "key": "title", "label": "标题", "validate": {"maxLength": 2}}""");

    assertThatCode(() -> check(form, values("title", "𠀀𠀀"))).doesNotThrowAnyException();
  }

  @Test
  void textareaMaxLengthOfTheFormOverridesTheDefault() throws Exception {
    JsonNode form = form("""
        {"type": "textarea", "key": "planItems", "label": "定期谈话事项",
         "validate": {"maxLength": 10}}""");

    assertThatCode(() -> check(form, values("planItems", "一".repeat(10))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("planItems", "一".repeat(11))))
        .hasMessageContaining("“定期谈话事项”不能超过10个字");
  }

  @Test
  void textfieldAcceptsFiveHundredCharactersByDefaultAndRefusesMore() throws Exception {
    JsonNode form = form("""
        {"type": "textfield", "key": "attendees", "label": "参加人员"}""");

    assertThatCode(() -> check(form, values("attendees", "a".repeat(500))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("attendees", "a".repeat(501))))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("“参加人员”不能超过500个字");
  }

  @Test
  void textShorterThanMinLengthIsRefused() throws Exception {
    JsonNode form = form("""
        {"type": "textarea", "key": "comment", "label": "审核意见", "validate": {"minLength": 5}}""");

    assertThatThrownBy(() -> check(form, values("comment", "同意")))
        .hasMessageContaining("“审核意见”至少需要5个字");
  }

  @Test
  void textThatLooksLikeJsonIsAcceptedAsText() throws Exception {
    JsonNode form = form("""
        {"type": "textarea", "key": "explanation", "label": "被谈话人的说明",
         "validate": {"required": true}}""");

    assertThatCode(() -> check(form, values("explanation", "[1,2]"))).doesNotThrowAnyException();
    assertThatCode(() -> check(form, values("explanation", "{不是 JSON"))).doesNotThrowAnyException();
  }

  @Test
  void textFieldGivenANumberIsRefused() throws Exception {
    JsonNode form = form("""
        {"type": "textfield", "key": "attendees", "label": "参加人员"}""");

    assertThatThrownBy(() -> check(form, values("attendees", 42)))
        .hasMessageContaining("“参加人员”应为文字");
  }

  @Test
  void numbersOutsideMinAndMaxAreRefused() throws Exception {
    JsonNode form = form("""
        {"type": "number", "key": "plannedMonth", "label": "计划月份",
         "validate": {"min": 1, "max": 12}}""");

    assertThatCode(() -> check(form, values("plannedMonth", 1))).doesNotThrowAnyException();
    assertThatCode(() -> check(form, values("plannedMonth", "12"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("plannedMonth", 0)))
        .hasMessageContaining("“计划月份”不能小于1");
    assertThatThrownBy(() -> check(form, values("plannedMonth", 13L)))
        .hasMessageContaining("“计划月份”不能大于12");
    assertThatThrownBy(() -> check(form, values("plannedMonth", "五月")))
        .hasMessageContaining("“计划月份”应为数字");
  }

  private static final String DECISION = """
      {"type": "radio", "key": "decision", "label": "审核结论", "validate": {"required": true},
       "values": [{"label": "通过", "value": "ACCEPT"}, {"label": "退回", "value": "RETURN"}]}""";

  @Test
  void radioValueAmongTheOptionsIsAccepted() throws Exception {
    assertThatCode(() -> check(form(DECISION), values("decision", "RETURN")))
        .doesNotThrowAnyException();
  }

  @Test
  void radioOrSelectValueNotAmongTheOptionsIsRefused() throws Exception {
    assertThatThrownBy(() -> check(form(DECISION), values("decision", "MAYBE")))
        .isInstanceOf(NotValidException.class)
        .hasMessageContaining("“审核结论”的取值“MAYBE”不在可选范围内");

    JsonNode select = form("""
        {"type": "select", "key": "unit", "label": "责任单位",
         "values": [{"label": "市委办公室", "value": "office"}]}""");
    assertThatThrownBy(() -> check(select, values("unit", "audit")))
        .hasMessageContaining("“责任单位”的取值“audit”不在可选范围内");
  }

  @Test
  void selectWithOptionsFromDataAcceptsAnyValue() throws Exception {
    JsonNode form = form("""
        {"type": "select", "key": "talkeeId", "label": "被谈话人", "valuesKey": "talkeeOptions"}""");

    assertThatCode(() -> check(form, values("talkeeId", "anyone"))).doesNotThrowAnyException();
  }

  private static final String UNITS = """
      {"type": "checklist", "key": "copyTo", "label": "抄送单位",
       "values": [{"label": "纪委监委", "value": "discipline"},
                  {"label": "组织部门", "value": "organization"}]}""";

  @Test
  void checklistItemsMustAllBeOptions() throws Exception {
    JsonNode form = form(UNITS);

    assertThatCode(() -> check(form, values("copyTo", List.of("discipline", "organization"))))
        .doesNotThrowAnyException();
    assertThatCode(() -> check(form, values("copyTo", "[\"discipline\"]")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("copyTo", List.of("discipline", "press"))))
        .hasMessageContaining("“抄送单位”的取值“press”不在可选范围内");
  }

  @Test
  void checklistGivenASingleTextIsRefused() throws Exception {
    assertThatThrownBy(() -> check(form(UNITS), values("copyTo", "discipline")))
        .hasMessageContaining("“抄送单位”应为列表");
  }

  private static final String CONFIRMED = """
      {"type": "checkbox", "key": "confirmed", "label": "已核对", "validate": {"required": true}}""";

  @Test
  void requiredCheckboxMustBeTicked() throws Exception {
    JsonNode form = form(CONFIRMED);

    assertThatCode(() -> check(form, values("confirmed", true))).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("confirmed", false)))
        .hasMessageContaining("请勾选“已核对”");
    assertThatThrownBy(() -> check(form, values()))
        .hasMessageContaining("请填写“已核对”");
  }

  @Test
  void checkboxGivenTextIsRefused() throws Exception {
    assertThatThrownBy(() -> check(form(CONFIRMED), values("confirmed", "yes")))
        .hasMessageContaining("“已核对”只能是“是”或“否”");
  }

  @Test
  void invalidDateIsRefusedNamingTheDateLabel() throws Exception {
    JsonNode form = form("""
        {"type": "datetime", "key": "talkDate", "dateLabel": "谈话日期", "subtype": "date"}""");

    assertThatCode(() -> check(form, values("talkDate", "2027-03-15"))).doesNotThrowAnyException();
    assertThatCode(() -> check(form, values("talkDate", "2027-03-15T09:30:00+08:00")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(form, values("talkDate", "2027-02-30")))
        .hasMessageContaining("“谈话日期”不是有效的日期");
    assertThatThrownBy(() -> check(form, values("talkDate", "下周一")))
        .hasMessageContaining("“谈话日期”不是有效的日期");
  }

  @Test
  void readonlyAndDisabledFieldsAreNotChecked() throws Exception {
    JsonNode form = form("""
        {"type": "textarea", "key": "planOverview", "label": "概况", "readonly": true,
         "validate": {"required": true, "maxLength": 3}},
        {"type": "textfield", "key": "talkerName", "label": "谈话人", "disabled": true,
         "validate": {"required": true}}""");

    assertThatCode(() -> check(form, values("planOverview", "很长很长的一段文字")))
        .doesNotThrowAnyException();
  }

  @Test
  void fieldsInsideGroupsAreChecked() throws Exception {
    JsonNode form = form("""
        {"type": "group", "label": "谈话情况", "components": [%s]}""".formatted(REQUIRED_TEXTAREA));

    assertThatThrownBy(() -> check(form, values()))
        .hasMessageContaining("请填写“拟在谈话中指出的主要问题”");
  }

  @Test
  void dynamicListItemsAreCheckedAndNamedByPosition() throws Exception {
    JsonNode form = form("""
        {"type": "dynamiclist", "path": "measures", "label": "整改措施",
         "properties": {"minItems": 2},
         "components": [{"type": "textfield", "key": "content", "label": "内容",
                         "validate": {"required": true}}]}""");

    assertThatThrownBy(() -> check(form, values("measures", List.of(Map.of("content", " ")))))
        .hasMessageContaining("“整改措施”至少需要填写2项")
        .hasMessageContaining("请填写“整改措施第1项的内容”");
    assertThatThrownBy(() -> check(form, values("measures", "不是列表")))
        .hasMessageContaining("“整改措施”应为列表");
  }

  @Test
  void everyProblemIsReportedInOneMessage() throws Exception {
    JsonNode form = form(REQUIRED_TEXTAREA + "," + DECISION);

    assertThatThrownBy(() -> check(form, values("decision", "MAYBE")))
        .isInstanceOf(NotValidException.class)
        .hasMessage("请填写“拟在谈话中指出的主要问题”;“审核结论”的取值“MAYBE”不在可选范围内。");
  }

  @Test
  void longRefusedOptionIsAbbreviatedInTheMessage() throws Exception {
    String value = "x".repeat(100);

    assertThatThrownBy(() -> check(form(DECISION), values("decision", value)))
        .hasMessageContaining("“" + "x".repeat(40) + "…”")
        .hasMessageNotContaining("x".repeat(41));
  }
}

package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structured values read whichever way they arrived (plain Java or JSON text). */
class JsonValuesTest {

  @Test
  void plainReadsJsonTextAsListsAndMaps() {
    assertThat(JsonValues.plain("[1, \"二\"]")).isEqualTo(List.of(1, "二"));
    assertThat(JsonValues.plain("  {\"a\": true} ")).isEqualTo(Map.of("a", true));
  }

  @Test
  void plainKeepsOtherValuesAsTheyAre() {
    assertThat(JsonValues.plain("普通文字")).isEqualTo("普通文字");
    assertThat(JsonValues.plain(42)).isEqualTo(42);
    assertThat(JsonValues.plain(null)).isNull();
    List<String> list = List.of("a");
    assertThat(JsonValues.plain(list)).isSameAs(list);
  }

  @Test
  void invalidJsonIsRefused() {
    assertThatThrownBy(() -> JsonValues.plain("[1, 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("不是有效的 JSON");
    assertThatThrownBy(() -> JsonValues.strings("{oops}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stringsFromAListOrJsonListOrOneText() {
    assertThat(JsonValues.strings(List.of("a", 2))).containsExactly("a", "2");
    assertThat(JsonValues.strings("[\"discipline\", \"audit\"]")).containsExactly("discipline", "audit");
    assertThat(JsonValues.strings("audit")).containsExactly("audit");
  }

  @Test
  void stringsOfNothingIsEmpty() {
    assertThat(JsonValues.strings(null)).isEmpty();
    assertThat(JsonValues.strings("  ")).isEmpty();
  }

  @Test
  void stringsOfAnObjectIsRefused() {
    assertThatThrownBy(() -> JsonValues.strings("{\"a\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("不是列表");
  }

  @Test
  void objectsFromAListOfMapsOrJsonText() {
    assertThat(JsonValues.objects("[{\"content\": \"措施一\"}]"))
        .containsExactly(Map.of("content", "措施一"));
    assertThat(JsonValues.objects(List.of(Map.of("content", "措施二"))))
        .containsExactly(Map.of("content", "措施二"));
    assertThat(JsonValues.objects(null)).isEmpty();
  }

  @Test
  void objectsRefusesWhatIsNotAListOfObjects() {
    assertThatThrownBy(() -> JsonValues.objects("措施一"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("不是列表");
    assertThatThrownBy(() -> JsonValues.objects("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("列表项不是对象");
  }

  @Test
  void toJsonWritesPlainValuesAndReadsBack() {
    String json = JsonValues.toJson(List.of(Map.of("unit", "audit")));
    assertThat(json).isEqualTo("[{\"unit\":\"audit\"}]");
    assertThat(JsonValues.objects(json)).containsExactly(Map.of("unit", "audit"));
  }
}

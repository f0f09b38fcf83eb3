package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items written one per line in a text area. */
class LinesTest {

  @Test
  void eachLineIsOneItem() {
    assertThat(Lines.of("加强班子建设\n落实谈话制度")).containsExactly("加强班子建设", "落实谈话制度");
  }

  @Test
  void windowsAndOldMacLineBreaksSplitToo() {
    assertThat(Lines.of("一\r\n二\r三")).containsExactly("一", "二", "三");
  }

  @Test
  void numberingTypedOutOfHabitIsDropped() {
    assertThat(Lines.of("1. 第一条\n2、第二条\n(3)第三条\n5．第五条\n6) 第六条"))
        .containsExactly("第一条", "第二条", "第三条", "第五条", "第六条");
  }

  @Test
  void numberingInFullWidthParenthesesIsDroppedToo() {
    // typed with a Chinese input method: "（4）", "4）"
    assertThat(Lines.of("（4）第四条\n5）第五条")).containsExactly("第四条", "第五条");
  }

  @Test
  void onlyLeadingNumberingIsDropped() {
    assertThat(Lines.of("2027年完成3. 项整改")).containsExactly("2027年完成3. 项整改");
    assertThat(Lines.of("12个问题")).containsExactly("12个问题");
  }

  @Test
  void blankLinesAndSurroundingSpacesAreIgnored() {
    assertThat(Lines.of("\n  一  \n\n   \n二\n")).containsExactly("一", "二");
  }

  @Test
  void missingTextIsNoItems() {
    assertThat(Lines.of(null)).isEmpty();
    assertThat(Lines.of("")).isEmpty();
  }

  @Test
  void numberedWritesOneNumberedItemPerLine() {
    assertThat(Lines.numbered(List.of("一", "二"))).isEqualTo("1. 一\n2. 二");
    assertThat(Lines.numbered(List.of())).isEmpty();
  }

  @Test
  void numberedTextReadsBackAsTheSameItems() {
    List<String> items = List.of("加强班子建设", "落实谈话制度", "(附件)另附");
    assertThat(Lines.of(Lines.numbered(items))).isEqualTo(items);
  }
}

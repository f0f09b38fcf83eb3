package cn.supervisiontalk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.plan.PlanLines.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan items as the office writes them: "党组织，谈话人，计划月份，责任单位，计划依据[；备注]". */
class PlanLinesTest {

  private static Entry only(Object value) {
    List<Entry> entries = PlanLines.read(value);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  @Test
  void lineAsInTheFormsExampleIsReadPartByPart() {
    Entry entry = only("西岭县委，李建国，5月，市委办公室，巡视巡察、干部考核；结合巡察反馈");

    assertThat(entry).isEqualTo(new Entry("第1行", "西岭县委", "李建国", "5月", "市委办公室",
        List.of("巡视巡察", "干部考核"), "结合巡察反馈", null));
  }

  @Test
  void asciiCommasSeparateToo() {
    Entry entry = only("西岭县委, 李建国, 5, 市委办公室, 审计监督");

    assertThat(entry.organization()).isEqualTo("西岭县委");
    assertThat(entry.talker()).isEqualTo("李建国");
    assertThat(entry.month()).isEqualTo("5");
    assertThat(entry.unit()).isEqualTo("市委办公室");
    assertThat(entry.basis()).containsExactly("审计监督");
    assertThat(entry.formatError()).isNull();
  }

  @Test
  void enumerationCommasSeparateEveryPart() {
    Entry entry = only("西岭县委、李建国、5月、市委办公室、巡视巡察、纪律审查");

    assertThat(entry.organization()).isEqualTo("西岭县委");
    assertThat(entry.unit()).isEqualTo("市委办公室");
    assertThat(entry.basis()).containsExactly("巡视巡察", "纪律审查");
  }

  @Test
  void tabsAsPastedFromASpreadsheetSeparate() {
    Entry entry = only("东川县委\t王明\t11\t组织部\t专项检查");

    assertThat(entry.organization()).isEqualTo("东川县委");
    assertThat(entry.talker()).isEqualTo("王明");
    assertThat(entry.month()).isEqualTo("11");
    assertThat(entry.unit()).isEqualTo("组织部");
    assertThat(entry.basis()).containsExactly("专项检查");
  }

  @Test
  void monthIsKeptAsWrittenWithOrWithoutYue() {
    assertThat(only("西岭县委，李建国，5，市委办公室，巡视巡察").month()).isEqualTo("5");
    assertThat(only("西岭县委，李建国，5月，市委办公室，巡视巡察").month()).isEqualTo("5月");
  }

  @Test
  void noteFollowsTheFirstSemicolonFullOrHalfWidth() {
    assertThat(only("西岭县委，李建国，5月，市委办公室，巡视巡察；备注一；备注二").note())
        .isEqualTo("备注一；备注二");
    Entry ascii = only("西岭县委，李建国，5月，市委办公室，巡视巡察; 结合巡察反馈");
    assertThat(ascii.note()).isEqualTo("结合巡察反馈");
    assertThat(ascii.basis()).containsExactly("巡视巡察");
  }

  @Test
  void lineWithoutNoteHasEmptyNote() {
    assertThat(only("西岭县委，李建国，5月，市委办公室，巡视巡察").note()).isEmpty();
  }

  @Test
  void lineWithoutBasisIsSplitAndLeavesTheBasisEmpty() {
    Entry entry = only("西岭县委，李建国，5月，市委办公室");

    assertThat(entry.formatError()).isNull();
    assertThat(entry.basis()).isEmpty();
  }

  @Test
  void blankLinesAndNumberingAreIgnoredAndLinesKeepTheirNumber() {
    List<Entry> entries = PlanLines.read(
        "1. 西岭县委，李建国，5月，市委办公室，巡视巡察\n\n   \n3、东川县委，王明，6月，组织部，审计监督\n");

    assertThat(entries).extracting(Entry::where).containsExactly("第1行", "第4行");
    assertThat(entries).extracting(Entry::organization).containsExactly("西岭县委", "东川县委");
  }

  @Test
  void lineWithTooFewPartsTellsWhatWasWrittenAndTheOrder() {
    Entry entry = only("西岭县委 李建国 5月；备注");

    assertThat(entry.where()).isEqualTo("第1行");
    assertThat(entry.formatError())
        .startsWith("只写了1项(“西岭县委 李建国 5月”)")
        .contains("应依次写党组织、谈话人、计划月份、责任单位、计划依据");
    assertThat(entry.note()).isEqualTo("备注");
  }

  @Test
  void formatErrorCountsOnlyTheWrittenParts() {
    assertThat(only("西岭县委，，李建国").formatError()).startsWith("只写了2项(“西岭县委”“李建国”)");
  }

  @Test
  void nothingWrittenIsNoItems() {
    assertThat(PlanLines.read(null)).isEmpty();
    assertThat(PlanLines.read("\n  \n")).isEmpty();
  }

  @Test
  void jsonListOfObjectsIsReadByItem() {
    List<Entry> entries = PlanLines.read("""
        [{"organizationId": "xiling", "talkerId": "lijianguo", "plannedMonth": 5,
          "responsibleUnit": "office", "basis": ["巡视巡察", "干部考核"], "note": "结合巡察反馈"},
         {"organizationId": "dongchuan", "talkerId": "wangming", "plannedMonth": "6月",
          "responsibleUnit": "organization", "basis": "审计监督、专项检查"}]""");

    assertThat(entries).containsExactly(
        new Entry("第1项", "xiling", "lijianguo", "5", "office", List.of("巡视巡察", "干部考核"),
            "结合巡察反馈", null),
        new Entry("第2项", "dongchuan", "wangming", "6月", "organization", List.of("审计监督", "专项检查"),
            "", null));
  }

  @Test
  void plainJavaListIsReadLikeJson() {
    Entry entry = only(List.of(Map.of("organizationId", "xiling", "plannedMonth", 5.0)));

    assertThat(entry.month()).isEqualTo("5");
    assertThat(entry.talker()).isEmpty();
    assertThat(entry.basis()).isEmpty();
  }

  @Test
  void jsonListItemThatIsNotAnObjectIsAFormatError() {
    List<Entry> entries = PlanLines.read("[{\"organizationId\": \"xiling\"}, \"西岭县委，李建国\"]");

    assertThat(entries.get(0).formatError()).isNull();
    assertThat(entries.get(1).where()).isEqualTo("第2项");
    assertThat(entries.get(1).formatError()).contains("organizationId");
  }

  @Test
  void invalidJsonIsRefusedInChinese() {
    assertThatThrownBy(() -> PlanLines.read("[西岭县委，李建国"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不是有效的 JSON");
  }

  @Test
  void jsonObjectInsteadOfAListIsRefused() {
    assertThatThrownBy(() -> PlanLines.read("{\"organizationId\": \"xiling\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("定期谈话事项应为每行一项的文字,或 JSON 列表");
  }

  @Test
  void lineWritesAnItemThatReadsBackTheSame() {
    String line = PlanLines.line("西岭县委", "李建国", 5, "市委办公室", List.of("巡视巡察", "干部考核"),
        "结合巡察\n反馈");

    assertThat(line).isEqualTo("西岭县委，李建国，5月，市委办公室，巡视巡察、干部考核；结合巡察 反馈");
    assertThat(only(line)).isEqualTo(new Entry("第1行", "西岭县委", "李建国", "5月", "市委办公室",
        List.of("巡视巡察", "干部考核"), "结合巡察 反馈", null));
  }

  @Test
  void lineWithoutNoteHasNoSemicolon() {
    assertThat(PlanLines.line("西岭县委", "李建国", 12, "组织部", List.of("审计监督"), " "))
        .isEqualTo("西岭县委，李建国，12月，组织部，审计监督");
  }

  @Test
  void namesWithSeparatorsDoNotFitInALine() {
    assertThat(PlanLines.fitsInLine("西岭县委")).isTrue();
    assertThat(PlanLines.fitsInLine("西岭县委、县政府")).isFalse();
    assertThat(PlanLines.fitsInLine("A,B")).isFalse();
    assertThat(PlanLines.fitsInLine("甲；乙")).isFalse();
    assertThat(PlanLines.fitsInLine("甲\n乙")).isFalse();
    assertThat(PlanLines.fitsInLine(" ")).isFalse();
    assertThat(PlanLines.fitsInLine(null)).isFalse();
  }
}

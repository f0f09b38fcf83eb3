package cn.supervisiontalk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.archive.ArchiveRecord.Archiving;
import cn.supervisiontalk.archive.ArchiveRecord.Content;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The archive record as the Chinese text people read in Tasklist. */
class ArchiveTextTest {

  private final ArchiveText text = new ArchiveText();

  private static OffsetDateTime china(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00");
  }

  private static Map<String, Object> talkRecord() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("selfInspectionHeard", "被谈话人报告了班子建设情况");
    record.put("problems", List.of("民主集中制执行不到位", "谈心谈话开展不够"));
    record.put("explanation", "已着手整改");
    record.put("requirements", List.of("一个月内报送整改措施"));
    record.put("commitment", "坚决整改到位");
    return record;
  }

  /** A regular talk archived after both reviews. */
  private static ArchiveRecord finished() {
    return finished(china("2027-06-12T23:59:59"), "已抄送组织部门");
  }

  private static ArchiveRecord finished(OffsetDateTime measuresDue, String remark) {
    return new ArchiveRecord("talk-1",
        new Parties("REGULAR", "xiling", "西岭县委", "lijianguo", "李建国", "zhangsan", "张三",
            LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 12), "王五、赵六"),
        new Content(talkRecord(),
            List.of(Map.of("unit", "discipline", "unitName", "纪委监委", "material", "近三年信访情况"))),
        new Rectification("深刻认识到问题的严重性",
            List.of(Map.of("content", "带头落实民主集中制", "firstResponsibility", true),
                Map.of("content", "每季度开展谈心谈话", "firstResponsibility", false)),
            measuresDue, china("2027-06-01T10:00:00"),
            "各项措施均已落实", china("2027-08-12T23:59:59"), china("2027-08-01T10:00:00"),
            "RECTIFIED",
            List.of(review("MEASURES", "ACCEPT", "措施具体可行"), review("RESULTS", "RECTIFIED", null)),
            List.of("RESULTS_OVERDUE")),
        new Archiving(remark, "office1", china("2027-08-20T09:00:00"), List.of("organization")));
  }

  private static Map<String, Object> review(String stage, String decision, String comment) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("stage", stage);
    review.put("decision", decision);
    review.put("comment", comment);
    return review;
  }

  /** A talk being prepared for the archive before any measures or results came in. */
  private static ArchiveRecord early() {
    return new ArchiveRecord("talk-2",
        new Parties("TIMELY", "dongchuan", "东川县委", "wangming", "王明", "zhangsan", "张三",
            null, null, null),
        new Content(Map.of("triggerLabel", "群众反映问题较多", "facts", "信访件反映"), List.of()),
        new Rectification(null, List.of(), null, null, null, null, null, null, List.of(), List.of()),
        new Archiving(null, null, null, List.of()));
  }

  @Test
  void headerNamesTypeTalkeeTalkerDateAndAttendees() {
    String rendered = text.render(finished());

    assertThat(rendered).startsWith("谈话类型: 定期谈话\n");
    assertThat(rendered).contains("被谈话人: 李建国(西岭县委)\n", "谈话人: 张三\n",
        "谈话日期: 2027年5月12日\n", "参加人员: 王五、赵六\n");
  }

  @Test
  void talkRecordListsProblemsAndRequirementsNumbered() {
    assertThat(text.render(finished())).contains(
        "一、谈话记录\n",
        "(一)被谈话人报告自查情况: 被谈话人报告了班子建设情况\n",
        "(二)谈话人指出的问题:\n  1. 民主集中制执行不到位\n  2. 谈心谈话开展不够\n",
        "(三)被谈话人的说明: 已着手整改\n",
        "(四)整改要求:\n  1. 一个月内报送整改措施\n",
        "(五)表态发言: 坚决整改到位\n");
  }

  @Test
  void materialsAreShownByUnitName() {
    assertThat(text.render(finished())).contains("二、协作单位提供的材料\n【纪委监委】近三年信访情况\n");
  }

  @Test
  void measuresShowDeadlineSubmissionAndFirstResponsibility() {
    assertThat(text.render(finished())).contains(
        "三、整改措施(截止2027年6月12日,报告于2027年6月1日)\n",
        "思想认识: 深刻认识到问题的严重性\n",
        "1. 带头落实民主集中制(第一责任人职责)\n",
        "2. 每季度开展谈心谈话\n");
  }

  @Test
  void datesAreShownAsChinaCalendarDays() {
    // 16:30 UTC on 11 June is already 12 June in China
    ArchiveRecord record = finished(OffsetDateTime.of(2027, 6, 11, 16, 30, 0, 0, ZoneOffset.UTC), null);

    assertThat(text.render(record)).contains("三、整改措施(截止2027年6月12日,");
  }

  @Test
  void resultsReviewsOutcomeMissedDeadlinesAndRemarkAreShown() {
    assertThat(text.render(finished())).contains(
        "四、整改情况(截止2027年8月12日,报告于2027年8月1日)\n各项措施均已落实\n",
        "五、审核\n整改措施: 通过。措施具体可行\n整改情况: 整改到位\n",
        "审核结论: 整改到位\n",
        "逾期情况: 整改情况逾期\n")
        .endsWith("备注: 已抄送组织部门");
  }

  @Test
  void timelyTalkShowsItsGroundsAndFacts() {
    String rendered = text.render(early());

    assertThat(rendered).startsWith("谈话类型: 及时谈话\n谈话情形: 群众反映问题较多\n事实和依据: 信访件反映\n");
  }

  @Test
  void talkWithoutResultsYetRendersDashesAndEmptyParts() {
    String rendered = text.render(early());

    assertThat(rendered).contains(
        "谈话日期: \n",
        "参加人员: \n",
        "(二)谈话人指出的问题:\n(三)被谈话人的说明: \n",
        "三、整改措施(截止—,报告于—)\n",
        "四、整改情况(截止—,报告于—)\n\n",
        "审核结论: \n",
        "逾期情况: 无")
        .doesNotContain("null", "备注");
  }

  @Test
  void blankRemarkIsLeftOut() {
    ArchiveRecord record = finished(china("2027-06-12T23:59:59"), "  ");

    assertThat(text.render(record)).endsWith("逾期情况: 整改情况逾期").doesNotContain("备注");
  }
}

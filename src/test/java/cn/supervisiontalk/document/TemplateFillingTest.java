package cn.supervisiontalk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.archive.ArchiveText;
import cn.supervisiontalk.archive.ArchiveRecord.Archiving;
import cn.supervisiontalk.archive.ArchiveRecord.Content;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.TeamNoticeRepository;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The templates of documents/ filled with a talk's values (as packaged on the classpath), the
 * .docx read back with POI: title, parties, the five steps of article 10 in their order, the
 * signature line; the archive with what its reader may read; no tag left unfilled.
 */
class TemplateFillingTest {

  private final DocumentTemplates templates =
      new DocumentTemplates(new DefaultResourceLoader(), "classpath:documents/");

  static Talk talk(TalkType type, String triggerCode) {
    return new Talk("talk-1", type, "qingshan", "中共青山县委员会", "COUNTY", "wanghai", "王海",
        "lijianguo", "李建国", 2027, LocalDate.of(2027, 3, 1), null, null, triggerCode,
        OffsetDateTime.parse("2027-02-01T09:00:00+08:00"), TalkStage.RECTIFICATION,
        LocalDate.of(2027, 3, 3), null, null, null, null, null, null, false);
  }

  /** The record as the talker wrote it, as CopyContent gives it. */
  static Map<String, Object> record(boolean selfInspection) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", "2027-03-03");
    record.put("attendees", "郑华(市纪委监委)");
    if (selfInspection) {
      record.put("selfInspectionHeard", "报告了自查发现的三方面问题\n对照清单逐项作了检查");
    }
    record.put("problems", List.of("落实主体责任有温差", "选人用人把关不严"));
    record.put("explanation", "对问题作了说明");
    record.put("requirements", List.of("一个月内制定整改方案"));
    record.put("commitment", "坚决整改到位");
    return record;
  }

  static void allTagsFilled(String text) {
    assertThat(text).doesNotContain("{{", "}}").doesNotContainPattern("\\[[a-zA-Z]+\\]");
  }

  @Test
  void theTalkRecordHasItsTitleTheHeaderBlockTheFiveStepsInOrderAndTheSignatureLine() {
    byte[] docx = templates.fill(DocumentTemplates.TALK_RECORD, TalkRecordValues.of(
        talk(TalkType.REGULAR, null), "市委书记", "青山县委", record(true)));
    List<String> lines = DocxText.lines(docx);
    String text = String.join("\n", lines);

    assertThat(lines.get(0)).isEqualTo("监督谈话记录");
    assertThat(DocxText.styles(docx).get(0)).isEqualTo("DocTitle");
    assertThat(lines).contains(
        "谈话类型 | 定期谈话 | 谈话时间 | 2027年3月3日",
        "谈话人 | 李建国 | 职务 | 市委书记",
        "被谈话人 | 王海 | 职务 | 青山县委书记",
        "所在党组织 | 中共青山县委员会",
        "谈话地点 |  | 记录人 | ",
        "参加人员 | 郑华(市纪委监委)");
    assertThat(lines).containsSubsequence(
        "(一)被谈话人报告自查情况", "报告了自查发现的三方面问题", "对照清单逐项作了检查",
        "(二)谈话人通报有关情况,严肃指出问题", "1. 落实主体责任有温差", "2. 选人用人把关不严",
        "(三)被谈话人就有关问题作说明", "对问题作了说明",
        "(四)谈话人提出整改要求", "1. 一个月内制定整改方案",
        "(五)被谈话人作表态发言", "坚决整改到位",
        "谈话人(签字):____________\t被谈话人(签字):____________");
    assertThat(lines.get(lines.size() - 1)).matches("\\s*年\\s+月\\s+日\\t\\s*年\\s+月\\s+日");
    assertThat(text).doesNotContain("谈话情形");
    allTagsFilled(text);
  }

  @Test
  void aTimelyTalksRecordNamesItsSituationAndLeavesOutASelfInspectionStepItDidNotHave() {
    Map<String, Object> record = record(false);
    record.put("triggerLabel", "信访举报反映问题较多或突出");
    byte[] docx = templates.fill(DocumentTemplates.TALK_RECORD, TalkRecordValues.of(
        talk(TalkType.TIMELY, "PETITIONS"), "", "青山县委", record));
    List<String> lines = DocxText.lines(docx);

    assertThat(lines).contains("谈话类型 | 及时谈话 | 谈话时间 | 2027年3月3日", "谈话人 | 李建国 | 职务 | ",
        "谈话情形: 信访举报反映问题较多或突出");
    assertThat(lines).doesNotContain("(一)被谈话人报告自查情况");
    assertThat(lines).containsSubsequence("(二)谈话人通报有关情况,严肃指出问题", "(三)被谈话人就有关问题作说明",
        "(四)谈话人提出整改要求", "(五)被谈话人作表态发言");
    allTagsFilled(String.join("\n", lines));
  }

  /** The archive record as the office keeps it, with two units' material. */
  static ArchiveRecord archived() {
    Map<String, Object> record = record(true);
    record.put("preparationIssues", "主体责任压得不实");
    return new ArchiveRecord("talk-1",
        new Parties("REGULAR", "qingshan", "中共青山县委员会", "wanghai", "王海", "lijianguo", "李建国",
            LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), "郑华(市纪委监委)"),
        new Content(record, List.of(
            material("discipline", "市纪委监委", "近三年信访情况", "郑华"),
            material("audit", "市审计局", "经济责任审计发现的问题", null))),
        new Rectification("深刻认识到问题的严重性",
            List.of(Map.of("content", "带头落实民主集中制", "firstResponsibility", true),
                Map.of("content", "每季度开展谈心谈话", "firstResponsibility", false)),
            OffsetDateTime.parse("2027-04-03T23:59:59+08:00"), OffsetDateTime.parse("2027-03-28T10:00:00+08:00"),
            "各项措施均已落实\n建立了长效机制", OffsetDateTime.parse("2027-06-03T23:59:59+08:00"),
            OffsetDateTime.parse("2027-06-10T10:00:00+08:00"), "PERFUNCTORY",
            List.of(review("MEASURES", "ACCEPT", "措施具体可行", "2027-03-30T10:00+08:00"),
                review("RESULTS", "PERFUNCTORY", "措施未见实效", "2027-06-12T10:00+08:00")),
            List.of("RESULTS_OVERDUE")),
        new Archiving("材料齐全", "liuyang", OffsetDateTime.parse("2027-06-20T09:00:00+08:00"),
            List.of("discipline", "organization")));
  }

  static Map<String, Object> material(String unit, String unitName, String text, String attendee) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", unit);
    m.put("unitName", unitName);
    m.put("material", text);
    m.put("attendeeName", attendee);
    return m;
  }

  static Map<String, Object> review(String stage, String decision, String comment, String at) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("stage", stage);
    r.put("decision", decision);
    r.put("comment", comment);
    r.put("reviewerId", "liuyang");
    r.put("reviewedAt", at);
    return r;
  }

  ArchiveValues archiveValues() {
    Directory directory = mock(Directory.class);
    when(directory.userName("liuyang")).thenReturn("刘洋");
    Map<String, String> units = Map.of("discipline", "市纪委监委", "organization", "市委组织部",
        "office", "市委办公室");
    when(directory.groupName(anyString())).thenAnswer(call -> units.get(call.<String>getArgument(0)));
    when(directory.unitName(eq("jiangzhou"), anyString()))
        .thenAnswer(call -> units.get(call.<String>getArgument(1)));
    TeamNoticeRepository notices = mock(TeamNoticeRepository.class);
    when(notices.describe("talk-1")).thenReturn("2027年4月5日以常委会会议方式通报");
    ArchiveText archiveText = mock(ArchiveText.class);
    when(archiveText.attachmentLines(org.mockito.ArgumentMatchers.argThat(
        r -> r != null && !r.content().materials().isEmpty())))
        .thenReturn(List.of("近三年信访情况汇总.pdf(PDF,120KB,市纪委监委提供,郑华上传)"));
    return new ArchiveValues(directory, notices, archiveText, new Deadlines("Asia/Shanghai", 7));
  }

  @Test
  void theArchiveHoldsTheRecordMaterialMeasuresResultsReviewsFindingsAndCopies() {
    byte[] docx = templates.fill(DocumentTemplates.ARCHIVE, archiveValues().of(archived(), true, "jiangzhou"));
    List<String> lines = DocxText.lines(docx);
    String text = String.join("\n", lines);

    assertThat(lines.get(0)).isEqualTo("监督谈话归档材料");
    assertThat(lines).contains("所在党组织 | 中共青山县委员会 | 谈话类型 | 定期谈话",
        "计划谈话日期 | 2027年3月1日 | 谈话日期 | 2027年3月3日",
        "归档日期 | 2027年6月20日 | 归档人 | 刘洋");
    assertThat(lines).containsSubsequence("一、谈话记录", "(一)被谈话人报告自查情况", "(二)谈话人通报有关情况,严肃指出问题",
        "1. 落实主体责任有温差", "(三)被谈话人就有关问题作说明", "(四)谈话人提出整改要求", "(五)被谈话人作表态发言",
        "二、协作单位提供的情况和材料", "市纪委监委: 近三年信访情况", "派员参与谈话: 郑华", "市审计局: 经济责任审计发现的问题",
        "三、整改措施", "报告期限: 2027年4月3日;报告日期: 2027年3月28日。", "深刻认识到问题的严重性",
        "1. 带头落实民主集中制(第一责任人职责)", "2. 每季度开展谈心谈话",
        "向领导班子其他成员通报: 2027年4月5日以常委会会议方式通报。",
        "四、整改情况", "报告期限: 2027年6月3日;报告日期: 2027年6月10日。", "各项措施均已落实", "建立了长效机制",
        "五、审核情况", "审核事项 | 审核结论 | 审核意见 | 审核人 | 审核日期",
        "整改措施 | 通过 | 措施具体可行 | 刘洋 | 2027年3月30日",
        "整改情况 | 敷衍整改 | 措施未见实效 | 刘洋 | 2027年6月12日", "审核结论: 敷衍整改。",
        "六、逾期和审核发现的问题", "1. 敷衍整改", "2. 整改逾期(整改情况)",
        "七、附件", "1. 近三年信访情况汇总.pdf(PDF,120KB,市纪委监委提供,郑华上传)",
        "八、备注", "材料齐全", "抄送: 市纪委监委、市委组织部。", "市委办公室 | 2027年6月20日归档");
    // the talker's preparation is never part of the archive document
    assertThat(text).doesNotContain("主体责任压得不实", "本件不含协作单位提供的材料", "未发现逾期");
    allTagsFilled(text);
  }

  @Test
  void anArchiveWithoutMaterialOrFindingsSaysSoAndShowsNoTeamNoticeWhereNotAllowed() {
    ArchiveRecord full = archived();
    Rectification x = full.rectification();
    ArchiveRecord plain = new ArchiveRecord(full.talkId(), full.parties(), full.content(),
        new Rectification(x.reflections(), x.measures(), x.measuresDue(), x.measuresSubmittedAt(),
            x.results(), x.resultsDue(), x.resultsSubmittedAt(), "RECTIFIED", List.of(), List.of()),
        new Archiving(null, "liuyang", full.archiving().archivedAt(), full.archiving().copiedTo()))
        .withParts(full.content().talkRecord(), List.of());
    byte[] docx = templates.fill(DocumentTemplates.ARCHIVE, archiveValues().of(plain, false, "jiangzhou"));
    List<String> lines = DocxText.lines(docx);

    assertThat(lines).containsSubsequence("二、协作单位提供的情况和材料", "本件不含协作单位提供的材料。", "三、整改措施",
        "五、审核情况", "审核事项 | 审核结论 | 审核意见 | 审核人 | 审核日期", "审核结论: 整改到位。",
        "六、逾期和审核发现的问题", "未发现逾期,审核未发现敷衍整改、虚假整改或未如实报告整改情况等问题。",
        "七、附件", "无附件。");
    assertThat(String.join("\n", lines)).doesNotContain("向领导班子其他成员通报", "八、备注", "近三年信访情况", "经济责任审计");
    allTagsFilled(String.join("\n", lines));
  }

  /** A run as Word writes it when an office sets 仿宋_GB2312 for Chinese and Times New Roman for Latin. */
  static XWPFRun officeRun(XWPFParagraph paragraph, String text, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily("Times New Roman", FontCharRange.ascii);
    run.setFontFamily("Times New Roman", FontCharRange.hAnsi);
    run.setFontFamily("仿宋_GB2312", FontCharRange.eastAsia);
    run.setFontSize(16);
    run.setBold(bold);
    run.setText(text);
    return run;
  }

  @Test
  void aTagAnOfficeTypedAcrossRunsIsFilledWithTheFormattingAroundIt(@TempDir Path folder) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph paragraph = doc.createParagraph();
      // Word cut the tag in two while it was typed; the full stop is bold
      officeRun(paragraph, "全年开展定期谈话{{regular", false);
      officeRun(paragraph, "Held}}人次,其中{{unplanned}}人次计划外", false);
      officeRun(paragraph, "。", true);
      doc.write(out);
      Files.write(folder.resolve("edited.docx"), out.toByteArray());
    }
    byte[] filled = new DocumentTemplates(new DefaultResourceLoader(), folder.toUri().toString())
        .fill("edited.docx", Map.of("regularHeld", 12, "unplanned", 3));

    try (XWPFDocument doc = DocxText.open(filled)) {
      XWPFParagraph paragraph = doc.getParagraphs().get(0);
      assertThat(paragraph.getText()).isEqualTo("全年开展定期谈话12人次,其中3人次计划外。");
      assertThat(paragraph.getRuns()).filteredOn(run -> !run.text().isEmpty()).allSatisfy(run -> {
        assertThat(run.getFontFamily(FontCharRange.eastAsia)).as(run.text()).isEqualTo("仿宋_GB2312");
        assertThat(run.getFontFamily(FontCharRange.ascii)).as(run.text()).isEqualTo("Times New Roman");
        assertThat(run.getCTR().xmlText()).as(run.text()).doesNotContain("<w:u");
      });
      assertThat(paragraph.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text)
          .containsExactly("。");
    }
  }
}

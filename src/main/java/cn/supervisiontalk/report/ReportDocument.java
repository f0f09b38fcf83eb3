package cn.supervisiontalk.report;

import cn.supervisiontalk.coverage.CoverageRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/**
 * Writes the annual report as a Word document (.docx) in Chinese: the report on the previous year's
 * supervision talks with its tables, and the section for the secretary's work report (述职).
 */
@Component
public class ReportDocument {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String FONT = "宋体";

  public byte[] write(AnnualFigures f, String remark) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      title(doc, f.committeeName() + "关于" + f.year() + "年度开展监督谈话工作情况的报告");
      paragraph(doc, "根据《党委(党组)对下级党组织“一把手”开展监督谈话工作办法》第十三条,现将"
          + f.year() + "年度开展监督谈话工作的情况报告如下。");

      AnnualFigures.Regular r = f.regular();
      heading(doc, "一、定期谈话开展情况");
      paragraph(doc, "全年开展定期谈话" + r.held() + "人次。年度计划安排定期谈话" + r.planned() + "项,已完成"
          + r.plannedHeld() + "项,逾期未完成" + r.plannedLate() + "项。");
      table(doc, List.of("项目", "数量"), List.of(
          List.of("年度计划安排", String.valueOf(r.planned())),
          List.of("按计划完成", String.valueOf(r.plannedHeld())),
          List.of("逾期未完成", String.valueOf(r.plannedLate())),
          List.of("尚在进行", String.valueOf(r.plannedOpen())),
          List.of("全年开展定期谈话", String.valueOf(r.held())),
          List.of("其中计划外开展", String.valueOf(r.heldUnplanned()))));

      heading(doc, "二、及时谈话开展情况");
      paragraph(doc, "全年发起及时谈话" + f.timelyStarted() + "人次,开展" + f.timelyHeld() + "人次。");
      List<List<String>> timely = new ArrayList<>();
      for (AnnualFigures.Timely t : f.timely()) {
        timely.add(List.of(t.label(), String.valueOf(t.started()), String.valueOf(t.held())));
      }
      timely.add(List.of("合计", String.valueOf(f.timelyStarted()), String.valueOf(f.timelyHeld())));
      table(doc, List.of("谈话情形", "发起", "开展"), timely);

      heading(doc, "三、一届任期定期谈话全覆盖情况");
      paragraph(doc, CoverageSummary.sentence(f.coverage()));
      List<List<String>> coverage = new ArrayList<>();
      for (CoverageRow c : f.coverage()) {
        coverage.add(List.of(c.organizationName(), c.leaderName(),
            day(c.tenureStart()) + "至" + (c.current() ? "今" : day(c.tenureEnd())),
            String.valueOf(c.regularTalks()), CoverageSummary.standing(c)));
      }
      table(doc, List.of("党组织", "“一把手”", "任职期间", "本届任期内定期谈话", "覆盖情况"), coverage);

      AnnualFigures.Rectification m = f.rectification();
      heading(doc, "四、整改落实情况");
      paragraph(doc, "本年度谈话涉及整改" + m.talks() + "人次。整改措施按时报告" + m.measuresOnTime() + "人次、逾期"
          + m.measuresLate() + "人次;整改情况按时报告" + m.resultsOnTime() + "人次、逾期" + m.resultsLate() + "人次。");
      table(doc, List.of("项目", "按时", "逾期", "尚未到期"), List.of(
          List.of("整改措施(谈话后1个月内)", String.valueOf(m.measuresOnTime()),
              String.valueOf(m.measuresLate()), String.valueOf(m.measuresPending())),
          List.of("整改情况(谈话后3个月内)", String.valueOf(m.resultsOnTime()),
              String.valueOf(m.resultsLate()), String.valueOf(m.resultsPending()))));

      AnnualFigures.Reviews v = f.reviews();
      heading(doc, "五、整改审核结果");
      table(doc, List.of("项目", "数量"), List.of(
          List.of("整改措施审核通过", String.valueOf(v.measuresAccepted())),
          List.of("整改措施退回", String.valueOf(v.measuresReturned())),
          List.of("整改情况退回补充", String.valueOf(v.resultsReturned())),
          List.of("整改到位", String.valueOf(v.rectified())),
          List.of("敷衍整改", String.valueOf(v.perfunctory())),
          List.of("虚假整改", String.valueOf(v.falseRectification())),
          List.of("尚在整改", String.valueOf(v.open()))));

      heading(doc, "六、发现的问题和追究责任情况");
      paragraph(doc, "下列为整改逾期和审核整改情况时发现的问题,记录在案;是否追究责任由纪检监察机关、组织部门依规依纪依法决定(第十七条)。");
      List<List<String>> kinds = new ArrayList<>();
      for (AnnualFigures.AccountabilityCount a : f.accountability()) {
        kinds.add(List.of(a.label(), String.valueOf(a.count())));
      }
      table(doc, List.of("发现的问题", "数量"), kinds);
      if (f.accountabilityRecords().isEmpty()) {
        paragraph(doc, "本年度未发现整改逾期或敷衍整改、虚假整改、不如实报告整改情况等问题。");
      } else {
        List<List<String>> records = new ArrayList<>();
        for (AnnualFigures.AccountabilityLine l : f.accountabilityRecords()) {
          records.add(List.of(day(l.date()), l.talkeeName(), l.label(), text(l.detail())));
        }
        table(doc, List.of("日期", "被谈话人", "发现的问题", "情况"), records);
      }
      List<AnnualFigures.DecisionLine> decided = f.decisions() == null ? List.of() : f.decisions();
      if (decided.isEmpty()) {
        paragraph(doc, "本年度纪检监察机关、组织部门未作出追究责任的决定。");
      } else {
        paragraph(doc, "本年度纪检监察机关、组织部门作出决定" + decided.size() + "项,其中追究责任"
            + decided.stream().filter(AnnualFigures.DecisionLine::accountable).count() + "项。");
        List<List<String>> rows = new ArrayList<>();
        for (AnnualFigures.DecisionLine d : decided) {
          rows.add(List.of(day(d.decidedOn()), d.talkeeName(), d.finding(),
              d.accountable() ? "追究责任" : "不予追究", text(d.content()), d.decidedByBody()));
        }
        table(doc, List.of("决定日期", "被谈话人", "发现的问题", "决定", "内容", "作出决定的机关"), rows);
      }

      heading(doc, "七、书记述职中开展监督谈话情况");
      paragraph(doc, f.secretaryTalks().isEmpty()
          ? f.secretaryName() + "同志作为" + f.committeeName() + "书记," + f.year() + "年度未亲自开展监督谈话。"
          : f.secretaryName() + "同志作为" + f.committeeName() + "书记," + f.year() + "年度亲自开展监督谈话"
              + f.secretaryTalks().size() + "人次。");
      List<List<String>> talks = new ArrayList<>();
      for (AnnualFigures.TalkLine t : f.secretaryTalks()) {
        talks.add(List.of(day(t.talkDate()), t.talkType(), t.organizationName(), t.talkeeName()));
      }
      table(doc, List.of("谈话日期", "谈话类型", "党组织", "被谈话人"), talks);

      if (remark != null && !remark.isBlank()) {
        heading(doc, "八、补充说明");
        paragraph(doc, remark);
      }
      XWPFParagraph date = doc.createParagraph();
      date.setAlignment(ParagraphAlignment.RIGHT);
      run(date, f.committeeName() + "\n" + DAY.format(f.compiledAt().toLocalDate()), false, 12);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void title(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, true, 18);
  }

  private static void heading(XWPFDocument doc, String text) {
    run(doc.createParagraph(), text, true, 14);
  }

  private static void paragraph(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setFirstLineIndent(560);
    run(p, text, false, 12);
  }

  private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    table.setWidth("100%");
    fill(table.getRow(0), header, true);
    for (int i = 0; i < rows.size(); i++) {
      fill(table.getRow(i + 1), rows.get(i), false);
    }
    doc.createParagraph();
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
      run(p, cells.get(i), bold, 11);
    }
  }

  private static void run(XWPFParagraph p, String text, boolean bold, int size) {
    String[] lines = text.split("\n", -1);
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  private static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}

package cn.supervisiontalk.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.document.DocumentTemplates;
import cn.supervisiontalk.document.DocxText;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The annual report from its template (documents/annual-report.docx) for a quiet year: the
 * sentences for what did not happen take the place of the empty tables, the timely talks' table
 * repeats its row per situation above its total, and the report closes with the committee and the
 * day it was compiled. A busy year is read back in AnnualReportProcessTest.
 */
class ReportDocumentTest {

  private final ReportDocument document = new ReportDocument(
      new DocumentTemplates(new DefaultResourceLoader(), "classpath:documents/"));

  static AnnualFigures quietYear() {
    return new AnnualFigures(2027, "中共江州市委员会", "李建国",
        OffsetDateTime.parse("2028-01-01T08:00:01+08:00"),
        new AnnualFigures.Regular(1, 0, 0, 1, 0, 0),
        List.of(new AnnualFigures.Timely("PETITIONS", "信访举报反映问题较多或突出", 0, 0),
            new AnnualFigures.Timely("OTHER", "其他情形", 1, 1)),
        1, 1, List.of(), 0,
        new AnnualFigures.Rectification(1, 1, 0, 0, 0, 0, 1),
        new AnnualFigures.Reviews(1, 0, 0, 0, 0, 0, 1),
        List.of(new AnnualFigures.AccountabilityCount("PERFUNCTORY", "敷衍整改", 0)),
        List.of(), List.of(), List.of());
  }

  @Test
  void aQuietYearSaysWhatDidNotHappenInsteadOfEmptyTables() throws Exception {
    byte[] docx = document.write(quietYear(), null);
    List<String> lines = DocxText.lines(docx);

    assertThat(lines.get(0)).isEqualTo("中共江州市委员会关于2027年度开展监督谈话工作情况的报告");
    assertThat(lines).containsSubsequence(
        "一、定期谈话开展情况", "全年开展定期谈话0人次。年度计划安排定期谈话1项,已完成0项,逾期未完成0项。",
        "二、及时谈话开展情况", "全年发起及时谈话1人次,开展1人次。",
        "谈话情形 | 发起 | 开展", "信访举报反映问题较多或突出 | 0 | 0", "其他情形 | 1 | 1", "合计 | 1 | 1",
        "三、一届任期定期谈话全覆盖情况", "尚未登记本届任期,无法统计一届任期定期谈话全覆盖情况。",
        "六、发现的问题和追究责任情况", "发现的问题 | 数量", "敷衍整改 | 0",
        "本年度未发现整改逾期或敷衍整改、虚假整改、不如实报告整改情况等问题。",
        "本年度纪检监察机关、组织部门未作出追究责任的决定。",
        "七、书记述职中开展监督谈话情况", "李建国同志作为中共江州市委员会书记,2027年度未亲自开展监督谈话。",
        "谈话日期 | 谈话类型 | 党组织 | 被谈话人",
        "中共江州市委员会", "2028年1月1日");
    assertThat(lines).doesNotContain("八、补充说明").noneMatch(line -> line.contains("亲自开展监督谈话0人次"));
    assertThat(String.join("\n", lines)).doesNotContain("{{", "}}", "[label]", "作出决定0项");
    try (XWPFDocument doc = DocxText.open(docx)) {
      // regular, timely, coverage, rectification, reviews, findings, the secretary's talks
      assertThat(doc.getTables()).hasSize(7);
      assertThat(doc.getTables()).extracting(XWPFTable::getNumberOfRows).containsExactly(7, 4, 1, 3, 8, 2, 1);
    }
  }
}

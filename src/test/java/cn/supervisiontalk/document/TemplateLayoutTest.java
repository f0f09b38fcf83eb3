package cn.supervisiontalk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * The templates as packaged (classpath documents/) keep the layout of GB/T 9704 that offices file:
 * A4 with its margins, body 仿宋_GB2312 三号 on a fixed 28 pt line, title 方正小标宋简体 二号,
 * headings 黑体 and 楷体_GB2312, page numbers 「— 1 —」 right on odd and left on even pages, and
 * a fallback named for each font a machine may lack. An office that changes the layout on purpose
 * changes this test with it.
 */
class TemplateLayoutTest {

  static byte[] template(String name) throws IOException {
    try (InputStream in = TemplateLayoutTest.class.getResourceAsStream("/documents/" + name)) {
      assertThat(in).as("documents/" + name + " on the classpath").isNotNull();
      return in.readAllBytes();
    }
  }

  static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {DocumentTemplates.TALK_RECORD, DocumentTemplates.ARCHIVE,
      DocumentTemplates.ANNUAL_REPORT})
  void aFourWithTheMarginsFontsAndPageNumbersOfOfficialDocuments(String name) throws IOException {
    byte[] docx = template(name);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).hasToString("11906");
      assertThat(size.getH()).hasToString("16838");
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      // 37 mm, 35 mm, 28 mm, 26 mm in twentieths of a point
      assertThat(margins.getTop()).hasToString("2098");
      assertThat(margins.getBottom()).hasToString("1984");
      assertThat(margins.getLeft()).hasToString("1587");
      assertThat(margins.getRight()).hasToString("1474");

      assertThat(style(doc, "Normal")).contains("w:eastAsia=\"仿宋_GB2312\"", "<w:sz w:val=\"32\"/>",
          "w:line=\"560\"", "w:lineRule=\"exact\"", "w:firstLine=\"640\"");
      assertThat(style(doc, "DocTitle")).contains("w:eastAsia=\"方正小标宋简体\"", "<w:sz w:val=\"44\"/>",
          "<w:jc w:val=\"center\"/>");
      assertThat(style(doc, "Heading1")).contains("w:eastAsia=\"黑体\"");
      assertThat(style(doc, "Heading2")).contains("w:eastAsia=\"楷体_GB2312\"");
      assertThat(DocxText.styles(docx).get(0)).isEqualTo("DocTitle");

      assertThat(doc.getEvenAndOddHeadings()).isTrue();
      assertThat(doc.getFooterList()).hasSize(2).allSatisfy(footer -> {
        assertThat(footer.getText().strip()).isEqualTo("— 1 —");
        assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
      });
      assertThat(doc.getFooterList()).extracting(XWPFFooter::getParagraphs)
          .extracting(paragraphs -> paragraphs.get(0).getAlignment().name())
          .containsExactlyInAnyOrder("RIGHT", "LEFT");
    }
    assertThat(part(docx, "word/fontTable.xml")).contains(
        "w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>",
        "w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>",
        "w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>",
        "w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>");
  }

  private static String style(XWPFDocument doc, String id) {
    assertThat(doc.getStyles().styleExist(id)).as("style " + id).isTrue();
    return doc.getStyles().getStyle(id).getCTStyle().xmlText();
  }
}

package cn.supervisiontalk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Word document (.docx) in the layout of official documents (GB/T 9704): A4, margins top
 * 37 mm, bottom 35 mm, left 28 mm, right 26 mm; body 仿宋_GB2312 三号 (16 pt) on a fixed 28 pt line;
 * title 方正小标宋简体 二号; first-level headings 黑体, second-level 楷体_GB2312; page numbers
 * 「— 1 —」 in 四号宋体 at the foot, odd pages right and even pages left, one character in. The
 * layout lives in the document's styles ({@link #STYLES}, with Chinese names such as 公文标题 and
 * 表格文字), so an office that changes a style in Word or WPS changes every paragraph that uses it.
 * The fonts a machine lacks are named with a fallback in the font table (宋体, 仿宋, 楷体, 黑体).
 * Used only to generate the templates in documents/ ({@link TemplateGenerator}).
 */
final class GongwenPackage {

  /** The width of the type area: 210 mm less 28 mm and 26 mm, in twentieths of a point. */
  static final int TEXT_WIDTH = 8845;

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String BODY_FONT = "仿宋_GB2312";
  private static final String HEADING_FONT = "黑体";
  private static final String SUBHEADING_FONT = "楷体_GB2312";
  private static final String PAGE_NUMBER_FONT = "宋体";
  private static final String LATIN_FONT = "Times New Roman";

  private GongwenPackage() {
  }

  /** The .docx with this body (paragraphs and tables, without the section properties). */
  static byte[] docx(String title, String body) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("_rels/.rels", PACKAGE_RELATIONSHIPS);
    parts.put("docProps/core.xml", core(title));
    parts.put("word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS);
    parts.put("word/document.xml", document(body));
    parts.put("word/styles.xml", STYLES);
    parts.put("word/settings.xml", SETTINGS);
    parts.put("word/fontTable.xml", FONTS);
    parts.put("word/footer1.xml", footer("right", "w:right=\"280\""));
    parts.put("word/footer2.xml", footer("left", "w:left=\"280\""));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String document(String body) {
    return xml("<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + body
        + "<w:sectPr>"
        + "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
        + "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\""
        + " w:footer=\"1304\" w:gutter=\"0\"/>"
        + "<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/>"
        + "<w:cols w:space=\"720\"/>"
        + "</w:sectPr></w:body></w:document>");
  }

  /** 「— 1 —」: the page number as a field between two em dashes. */
  private static String footer(String alignment, String indent) {
    return xml("<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:p><w:pPr>"
        + "<w:pStyle w:val=\"Footer\"/><w:ind " + indent + "/><w:jc w:val=\"" + alignment + "\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
        + "<w:fldSimple w:instr=\" PAGE \\* Arabic \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
        + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>");
  }

  private static String core(String title) {
    return xml("<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>" + TemplateBody.escape(title) + "</dc:title><dc:creator>监督谈话</dc:creator>"
        + "<dc:language>zh-CN</dc:language></cp:coreProperties>");
  }

  private static String xml(String root) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + root;
  }

  private static String fonts(String eastAsia, String latin) {
    return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + eastAsia
        + "\" w:cs=\"" + latin + "\"/>";
  }

  private static String size(int halfPoints) {
    return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
  }

  private static final String CONTENT_TYPES = xml(
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.document.main+xml\"/>"
      + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.styles+xml\"/>"
      + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.settings+xml\"/>"
      + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.fontTable+xml\"/>"
      + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.footer+xml\"/>"
      + "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.footer+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "package.core-properties+xml\"/>"
      + "</Types>");

  private static final String PACKAGE_RELATIONSHIPS = xml(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
      + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      + "</Relationships>");

  private static final String DOCUMENT_RELATIONSHIPS = xml(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rIdStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
      + "<Relationship Id=\"rIdSettings\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
      + "<Relationship Id=\"rIdFonts\" Type=\"" + R + "/fontTable\" Target=\"fontTable.xml\"/>"
      + "<Relationship Id=\"rIdFooterOdd\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>"
      + "<Relationship Id=\"rIdFooterEven\" Type=\"" + R + "/footer\" Target=\"footer2.xml\"/>"
      + "</Relationships>");

  /** Odd and even pages have their own footers (page numbers right and left). */
  private static final String SETTINGS = xml(
      "<w:settings xmlns:w=\"" + W + "\">"
      + "<w:zoom w:percent=\"100\"/>"
      + "<w:defaultTabStop w:val=\"640\"/>"
      + "<w:evenAndOddHeaders/>"
      + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
      + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
      + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      + "</w:settings>");

  /** The fonts the styles name, each with the font to use where it is not installed. */
  private static final String FONTS = xml(
      "<w:fonts xmlns:w=\"" + W + "\">"
      + font(TITLE_FONT, "宋体", "auto", "variable")
      + font(BODY_FONT, "仿宋", "modern", "fixed")
      + font(SUBHEADING_FONT, "楷体", "modern", "fixed")
      + font(HEADING_FONT, "SimHei", "modern", "fixed")
      + font(PAGE_NUMBER_FONT, "SimSun", "auto", "variable")
      + "<w:font w:name=\"" + LATIN_FONT + "\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
      + "<w:pitch w:val=\"variable\"/></w:font>"
      + "</w:fonts>");

  private static String font(String name, String fallback, String family, String pitch) {
    return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + fallback + "\"/>"
        + "<w:charset w:val=\"86\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\"" + pitch
        + "\"/></w:font>";
  }

  private static String paragraphStyle(String id, String name, String basedOn, String pPr, String rPr) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
        + "<w:basedOn w:val=\"" + basedOn + "\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
        + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
  }

  private static final String NO_INDENT = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
  private static final String SINGLE_BORDER = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";

  /**
   * The styles: 正文 (Normal), 公文标题, heading 1 (一级标题, 黑体), heading 2 (二级标题, 楷体),
   * 表格文字, 表格标题行, 签字栏, 签字日期, 落款, 版记, footer (页码), and the table styles.
   */
  static final String STYLES = xml(
      "<w:styles xmlns:w=\"" + W + "\">"
      + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(BODY_FONT, LATIN_FONT) + "<w:kern w:val=\"2\"/>"
      + size(32) + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>"
      + "</w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
      + "<w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>"
      + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr>"
      + "<w:rPr>" + fonts(BODY_FONT, LATIN_FONT) + size(32) + "</w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
      + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
      + "<w:unhideWhenUsed/></w:style>"
      + paragraphStyle("DocTitle", "公文标题", "Normal",
          "<w:keepNext/><w:spacing w:after=\"560\" w:line=\"700\" w:lineRule=\"exact\"/>" + NO_INDENT
              + "<w:jc w:val=\"center\"/>",
          fonts(TITLE_FONT, TITLE_FONT) + size(44))
      + paragraphStyle("Heading1", "heading 1", "Normal",
          "<w:keepNext/><w:outlineLvl w:val=\"0\"/>", fonts(HEADING_FONT, HEADING_FONT) + size(32))
      + paragraphStyle("Heading2", "heading 2", "Normal",
          "<w:keepNext/><w:outlineLvl w:val=\"1\"/>", fonts(SUBHEADING_FONT, SUBHEADING_FONT) + size(32))
      + paragraphStyle("TableText", "表格文字", "Normal",
          "<w:spacing w:line=\"400\" w:lineRule=\"exact\"/>" + NO_INDENT + "<w:jc w:val=\"left\"/>",
          fonts(BODY_FONT, LATIN_FONT) + size(28))
      + paragraphStyle("TableHeading", "表格标题行", "TableText", "<w:jc w:val=\"center\"/>",
          fonts(HEADING_FONT, HEADING_FONT) + size(28))
      + paragraphStyle("SignatureLine", "签字栏", "Normal",
          "<w:keepNext/><w:tabs><w:tab w:val=\"left\" w:pos=\"4640\"/></w:tabs>"
              + "<w:spacing w:before=\"560\" w:line=\"560\" w:lineRule=\"exact\"/>" + NO_INDENT, "")
      + paragraphStyle("SignatureDate", "签字日期", "SignatureLine",
          "<w:keepNext w:val=\"0\"/><w:spacing w:before=\"0\" w:line=\"560\" w:lineRule=\"exact\"/>", "")
      + paragraphStyle("Closing", "落款", "Normal",
          "<w:ind w:right=\"1280\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>", "")
      + paragraphStyle("Imprint", "版记", "Normal",
          "<w:spacing w:line=\"440\" w:lineRule=\"exact\"/><w:ind w:left=\"280\" w:right=\"280\""
              + " w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
          fonts(BODY_FONT, LATIN_FONT) + size(28))
      + paragraphStyle("Footer", "footer", "Normal",
          "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>" + NO_INDENT,
          fonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT) + size(28))
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
      + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
      + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
      + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:tblPr><w:tblBorders>"
      + "<w:top" + SINGLE_BORDER + "<w:left" + SINGLE_BORDER + "<w:bottom" + SINGLE_BORDER
      + "<w:right" + SINGLE_BORDER + "<w:insideH" + SINGLE_BORDER + "<w:insideV" + SINGLE_BORDER
      + "</w:tblBorders></w:tblPr></w:style>"
      + "</w:styles>");
}

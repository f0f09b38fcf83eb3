package cn.supervisiontalk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A filled .docx opened with POI, read as people read it: line by line, tables row by row. */
public final class DocxText {

  private DocxText() {
  }

  public static XWPFDocument open(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each paragraph's text, and each table row as its cells' texts joined by 「 | 」, in order. */
  public static List<String> lines(byte[] docx) {
    try (XWPFDocument doc = open(docx)) {
      List<String> lines = new ArrayList<>();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          lines.add(paragraph.getText());
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            lines.add(String.join(" | ", row.getTableCells().stream().map(XWPFTableCell::getText).toList()));
          }
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(byte[] docx) {
    return String.join("\n", lines(docx));
  }

  /** The paragraphs' style ids, in order: how the layout applies (公文标题, heading 1, …). */
  public static List<String> styles(byte[] docx) {
    try (XWPFDocument doc = open(docx)) {
      return doc.getParagraphs().stream().map(p -> p.getStyleID() == null ? "Normal" : p.getStyleID())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

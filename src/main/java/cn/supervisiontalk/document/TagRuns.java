package cn.supervisiontalk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Gives every tag of a template ({@code {{name}}}, a table row's {@code [field]}) a run of its own,
 * with the formatting of the text around it, before poi-tl reads the template. Word and WPS cut
 * text into runs as it is edited, so a tag an office typed may lie across several runs or share
 * one with other words; poi-tl would then cut and join runs itself, copying their formatting only
 * in part (it gives every script the Latin font, and adds empty underline marks). Here runs of the
 * same formatting are joined and cut at the tags, their formatting copied whole.
 */
final class TagRuns {

  private static final Pattern TAG = Pattern.compile("\\{\\{.+?}}|\\[[^\\[\\]]+]");

  private TagRuns() {
  }

  /** Every paragraph of the document: its body and tables, headers and footers. */
  static void isolate(XWPFDocument doc) {
    isolate((IBody) doc);
    doc.getHeaderList().forEach(TagRuns::isolate);
    doc.getFooterList().forEach(TagRuns::isolate);
  }

  private static void isolate(IBody body) {
    for (IBodyElement element : body.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        isolate(paragraph);
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            isolate(cell);
          }
        }
      }
    }
  }

  static void isolate(XWPFParagraph paragraph) {
    if (!TAG.matcher(paragraph.getText()).find()) {
      return;
    }
    List<XWPFRun> runs = paragraph.getRuns();
    for (int i = runs.size() - 1; i > 0; i--) {
      XWPFRun before = runs.get(i - 1);
      XWPFRun run = runs.get(i);
      if (plain(before) && plain(run) && formatting(before).equals(formatting(run))) {
        replaceText(before, before.text() + run.text());
        paragraph.removeRun(i);
      }
    }
    for (int i = runs.size() - 1; i >= 0; i--) {
      XWPFRun run = runs.get(i);
      List<String> pieces = plain(run) ? pieces(run.text()) : List.of();
      if (pieces.size() < 2) {
        continue;
      }
      replaceText(run, pieces.get(0));
      CTRPr formatting = run.getCTR().getRPr();
      for (int k = 1; k < pieces.size(); k++) {
        XWPFRun piece = paragraph.insertNewRun(i + k);
        if (formatting != null) {
          piece.getCTR().setRPr((CTRPr) formatting.copy());
        }
        piece.setText(pieces.get(k));
      }
    }
  }

  /** The text cut before and after each tag. */
  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher tags = TAG.matcher(text);
    int from = 0;
    while (tags.find()) {
      if (tags.start() > from) {
        pieces.add(text.substring(from, tags.start()));
      }
      pieces.add(tags.group());
      from = tags.end();
    }
    if (from < text.length()) {
      pieces.add(text.substring(from));
    }
    return pieces;
  }

  /** A run of text only (no tab, break, field, picture): one that may be joined and cut. */
  private static boolean plain(XWPFRun run) {
    if (run.getClass() != XWPFRun.class) {
      return false;
    }
    try (XmlCursor child = run.getCTR().newCursor()) {
      if (!child.toFirstChild()) {
        return false;
      }
      do {
        String name = child.getName().getLocalPart();
        if (!name.equals("rPr") && !name.equals("t")) {
          return false;
        }
      } while (child.toNextSibling());
    }
    return true;
  }

  private static String formatting(XWPFRun run) {
    CTRPr formatting = run.getCTR().getRPr();
    return formatting == null ? "" : formatting.xmlText();
  }

  private static void replaceText(XWPFRun run, String text) {
    CTR ctr = run.getCTR();
    while (ctr.sizeOfTArray() > 0) {
      ctr.removeT(0);
    }
    run.setText(text);
  }
}

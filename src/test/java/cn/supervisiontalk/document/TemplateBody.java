package cn.supervisiontalk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The body of a template as WordprocessingML: paragraphs in the styles of {@link GongwenPackage},
 * tables, and the tags poi-tl fills: {@code {{name}}} for a value, a paragraph of its own holding
 * {@code {{?name}}} … {@code {{/name}}} around content shown once when the value is true or repeated
 * for each item of a list, and {@code {{%name}}} in a table's row before a row of {@code [field]}s
 * repeated for each item of a list. Used only by {@link TemplateGenerator}.
 */
final class TemplateBody {

  private final StringBuilder xml = new StringBuilder();

  TemplateBody title(String text) {
    return paragraph("DocTitle", text);
  }

  /** A first-level heading (一、…), in 黑体. */
  TemplateBody heading(String text) {
    return paragraph("Heading1", text);
  }

  /** A second-level heading ((一)…), in 楷体. */
  TemplateBody subheading(String text) {
    return paragraph("Heading2", text);
  }

  /** A paragraph of body text, indented two characters. */
  TemplateBody text(String text) {
    return paragraph("Normal", text);
  }

  /** Right-aligned, four characters in: the signing body and the date. */
  TemplateBody closing(String text) {
    return paragraph("Closing", text);
  }

  /** The content shown when the tag's value is true, or once for each item when it is a list. */
  TemplateBody section(String tag, Consumer<TemplateBody> content) {
    paragraph("Normal", "{{?" + tag + "}}");
    content.accept(this);
    return paragraph("Normal", "{{/" + tag + "}}");
  }

  /**
   * Two signatures on one line, the second at the tab stop of the style 签字栏, kept on one page
   * with the line of their dates below (style 签字日期).
   */
  TemplateBody signatures(String left, String right, String leftDate, String rightDate) {
    return tabbed("SignatureLine", left, right).tabbed("SignatureDate", leftDate, rightDate);
  }

  private TemplateBody tabbed(String style, String left, String right) {
    xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr><w:r>")
        .append(t(left)).append("<w:tab/>").append(t(right)).append("</w:r></w:p>");
    return this;
  }

  TemplateBody paragraph(String style, String text) {
    xml.append(paragraphXml(style, null, text));
    return this;
  }

  TemplateBody table(Table table) {
    xml.append(table.xml());
    return this;
  }

  String xml() {
    return xml.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String t(String text) {
    return "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t>";
  }

  private static String paragraphXml(String style, String alignment, String text) {
    StringBuilder p = new StringBuilder("<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>");
    if (alignment != null) {
      p.append("<w:jc w:val=\"").append(alignment).append("\"/>");
    }
    p.append("</w:pPr>");
    if (!text.isEmpty()) {
      p.append("<w:r>").append(t(text)).append("</w:r>");
    }
    return p.append("</w:p>").toString();
  }

  /** One cell: its text, paragraph style, alignment and how many columns it spans. */
  record Cell(String text, String style, String alignment, int span) {

    /** A label, in the style 表格标题行 (黑体, centred). */
    static Cell label(String text) {
      return new Cell(text, "TableHeading", null, 1);
    }

    /** A value, in the style 表格文字. */
    static Cell value(String text) {
      return new Cell(text, "TableText", null, 1);
    }

    /** A figure, centred. */
    static Cell figure(String text) {
      return new Cell(text, "TableText", "center", 1);
    }

    Cell spanning(int columns) {
      return new Cell(text, style, alignment, columns);
    }
  }

  /** A table across the type area: ruled as a grid, without rules, or as the 版记 of GB/T 9704. */
  static final class Table {

    enum Rules { GRID, NONE, IMPRINT }

    private final int[] widths;
    private final Rules rules;
    private final List<String> rows = new ArrayList<>();

    Table(Rules rules, int... widths) {
      this.rules = rules;
      this.widths = widths;
    }

    /** A heading row, repeated at the top of each page the table runs over. */
    Table heading(String... labels) {
      List<Cell> cells = new ArrayList<>();
      for (String label : labels) {
        cells.add(Cell.label(label));
      }
      return row(true, 0, cells);
    }

    Table row(Cell... cells) {
      return row(false, 0, List.of(cells));
    }

    /** A row at least this high (in twentieths of a point), for a form to fill in by hand. */
    Table tallRow(int height, Cell... cells) {
      return row(false, height, List.of(cells));
    }

    private Table row(boolean heading, int height, List<Cell> cells) {
      StringBuilder row = new StringBuilder("<w:tr><w:trPr><w:cantSplit/>");
      if (height > 0) {
        row.append("<w:trHeight w:val=\"").append(height).append("\"/>");
      }
      if (heading) {
        row.append("<w:tblHeader/>");
      }
      row.append("</w:trPr>");
      int column = 0;
      for (Cell cell : cells) {
        int width = 0;
        for (int i = 0; i < cell.span(); i++) {
          width += widths[column++];
        }
        row.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (cell.span() > 1) {
          row.append("<w:gridSpan w:val=\"").append(cell.span()).append("\"/>");
        }
        row.append("<w:vAlign w:val=\"center\"/></w:tcPr>")
            .append(paragraphXml(cell.style(), cell.alignment(), cell.text())).append("</w:tc>");
      }
      if (column != widths.length) {
        throw new IllegalArgumentException("row spans " + column + " of " + widths.length + " columns");
      }
      rows.add(row.append("</w:tr>").toString());
      return this;
    }

    String xml() {
      int total = 0;
      StringBuilder grid = new StringBuilder("<w:tblGrid>");
      for (int width : widths) {
        grid.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        total += width;
      }
      grid.append("</w:tblGrid>");
      StringBuilder table = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
          .append(rules == Rules.GRID ? "TableGrid" : "TableNormal").append("\"/>")
          .append("<w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
          .append(borders()).append("<w:tblLayout w:type=\"fixed\"/></w:tblPr>").append(grid);
      rows.forEach(table::append);
      return table.append("</w:tbl>").toString();
    }

    /** 版记: a heavy rule above and below, a thin one between its lines (GB/T 9704, 7.4.1). */
    private String borders() {
      return switch (rules) {
        case GRID -> "";
        case NONE -> "<w:tblBorders>" + nil("top") + nil("left") + nil("bottom") + nil("right")
            + nil("insideH") + nil("insideV") + "</w:tblBorders>";
        case IMPRINT -> "<w:tblBorders>" + line("top", 8) + nil("left") + line("bottom", 8)
            + nil("right") + line("insideH", 4) + nil("insideV") + "</w:tblBorders>";
      };
    }

    private static String nil(String side) {
      return "<w:" + side + " w:val=\"nil\"/>";
    }

    private static String line(String side, int eighths) {
      return "<w:" + side + " w:val=\"single\" w:sz=\"" + eighths + "\" w:space=\"0\" w:color=\"000000\"/>";
    }
  }
}

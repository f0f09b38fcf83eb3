package cn.supervisiontalk.ledger;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.ledger.LedgerViews.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The ledger as an Excel workbook (.xlsx): one sheet 「谈话台账」 with Chinese headers and the rows
 * the person sees with their filter, in their order. Written as a stream (a hundred rows in memory at
 * a time), so a large ledger does not fill the server's memory.
 */
@Component
class LedgerWorkbook {

  static final List<String> HEADERS = List.of("谈话编号", "谈话类型", "党组织", "被谈话人", "谈话人",
      "计划谈话日期", "谈话日期", "当前阶段", "当前环节及办理人", "下一期限", "是否逾期", "问题(第十七条)");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int[] WIDTHS = {38, 10, 24, 10, 10, 13, 13, 10, 48, 17, 9, 36};

  private final Ledger ledger;
  private final Deadlines deadlines;

  LedgerWorkbook(Ledger ledger, Deadlines deadlines) {
    this.ledger = ledger;
    this.deadlines = deadlines;
  }

  /** The workbook of every row the viewer sees with the filter. */
  byte[] write(Viewer viewer, LedgerFilter filter) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SXSSFSheet sheet = book.createSheet("谈话台账");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        header.createCell(c).setCellValue(HEADERS.get(c));
        header.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      sheet.createFreezePane(0, 1);
      int[] next = {1};
      ledger.each(viewer, filter, rows -> rows.forEach(r -> write(sheet, next[0]++, r)));
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("谈话台账导出失败", e);
    }
  }

  private void write(Sheet sheet, int index, Row r) {
    org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
    String[] cells = {r.talkId(), r.talkTypeName(), r.organizationName(), r.talkeeName(),
        r.talkerName(), day(r.plannedTalkDate()), day(r.talkDate()), r.stageName(), r.holders(),
        time(r.nextDeadline()), r.overdue() ? "逾期" : "", String.join("、", r.findings())};
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c] == null ? "" : cells[c]);
    }
  }

  private static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  private String time(OffsetDateTime at) {
    return at == null ? "" : TIME.format(at.atZoneSameInstant(deadlines.zone()));
  }
}

package cn.supervisiontalk.ledger;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.ledger.LedgerViews.Page;
import cn.supervisiontalk.ledger.LedgerViews.TalkPage;
import cn.supervisiontalk.security.ApiUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The talk ledger over HTTP, for anyone signed in, each seeing the talks and parts article 16 lets
 * them read ({@link LedgerAccess}): {@code GET /api/ledger} a page of rows with the filters,
 * {@code GET /api/ledger/{talkId}} a talk's page, {@code GET /api/ledger.xlsx} the rows as a
 * workbook. Parameters: year, type, stage, organization, overdue, q (a talkee's or talker's name),
 * sort (plannedDate, talkDate, organization, talkee, deadline), order (asc, desc), page, size.
 */
@RestController
public class LedgerController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Ledger ledger;
  private final TalkPages pages;
  private final LedgerWorkbook workbook;
  private final Deadlines deadlines;
  private final IdentityService identity;

  public LedgerController(Ledger ledger, TalkPages pages, LedgerWorkbook workbook,
      Deadlines deadlines, IdentityService identity) {
    this.ledger = ledger;
    this.pages = pages;
    this.workbook = workbook;
    this.deadlines = deadlines;
    this.identity = identity;
  }

  @GetMapping("/api/ledger")
  public Page ledger(@RequestParam MultiValueMap<String, String> parameters) {
    return ledger.page(viewer(), LedgerFilter.of(single(parameters)));
  }

  @GetMapping("/api/ledger/{talkId}")
  public TalkPage talk(@PathVariable String talkId) {
    return pages.of(viewer(), talkId);
  }

  @GetMapping("/api/ledger.xlsx")
  public ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> parameters) {
    LedgerFilter filter = LedgerFilter.of(single(parameters));
    byte[] body = workbook.write(viewer(), filter);
    String name = URLEncoder.encode("谈话台账-" + DateTimeFormatter.BASIC_ISO_DATE
        .format(deadlines.today()) + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''" + name)
        .body(body);
  }

  private Viewer viewer() {
    return Viewer.of(ApiUser.current(identity));
  }

  /** Each parameter once: a repeated filter is refused rather than one of its values picked. */
  private static Map<String, String> single(MultiValueMap<String, String> parameters) {
    Map<String, String> single = new LinkedHashMap<>();
    parameters.forEach((name, values) -> {
      List<String> given = values == null ? List.of() : values;
      if (given.size() > 1) {
        throw LedgerFilter.refused("参数“" + name + "”只能指定一次");
      }
      single.put(name, given.isEmpty() ? "" : given.get(0));
    });
    return single;
  }
}

package cn.supervisiontalk.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's view of the access trail (security.ApiRules lets only the auditor group call it,
 * not even the administrator): {@code GET /api/trail} a page of rows, newest first;
 * {@code GET /api/trail.csv} the rows as CSV; {@code GET /api/trail/verification} the chain's check.
 */
@RestController
public class TrailController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final TrailQuery query;
  private final TrailVerifier verifier;
  private final ZoneId zone;

  TrailController(TrailQuery query, TrailVerifier verifier,
      @Value("${supervision-talk.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.query = query;
    this.verifier = verifier;
    this.zone = zone;
  }

  @GetMapping("/api/trail")
  public TrailQuery.Page page(@RequestParam MultiValueMap<String, String> parameters) {
    return query.page(TrailCriteria.of(single(parameters), zone));
  }

  @GetMapping("/api/trail.csv")
  public ResponseEntity<StreamingResponseBody> export(
      @RequestParam MultiValueMap<String, String> parameters) {
    TrailCriteria criteria = TrailCriteria.of(single(parameters), zone);
    String name = URLEncoder.encode("访问留痕-" + DateTimeFormatter.BASIC_ISO_DATE
        .format(LocalDate.now(zone)) + ".csv", StandardCharsets.UTF_8).replace("+", "%20");
    StreamingResponseBody body = out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      TrailCsv.header(writer);
      query.each(criteria, row -> TrailCsv.row(writer, row));
      writer.flush();
    };
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"access-trail.csv\"; filename*=UTF-8''" + name)
        .body(body);
  }

  @GetMapping("/api/trail/verification")
  public Verification verification() {
    return verifier.verify();
  }

  /** Each parameter once: a repeated filter is refused rather than one of its values picked. */
  private static Map<String, String> single(MultiValueMap<String, String> parameters) {
    Map<String, String> single = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (parameter.getValue().size() > 1) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "参数“" + parameter.getKey() + "”只能出现一次");
      }
      single.put(parameter.getKey(), parameter.getValue().get(0));
    }
    return single;
  }
}

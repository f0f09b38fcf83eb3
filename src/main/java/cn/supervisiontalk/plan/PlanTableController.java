package cn.supervisiontalk.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan page's API (office only, see security.ApiRules): {@code GET /api/plans/{year}/draft}
 * the open draft as rows with the choices of each column; {@code PUT /api/plans/{year}/draft}
 * with {@code {"rows": [...]}} saves it, or answers 400 with a Chinese message and, per row, the
 * problems of each cell ({@code rows: [{row, errors: {plannedMonth: "…"}}]}).
 */
@RestController
@RequestMapping("/api/plans/{year}/draft")
public class PlanTableController {

  private final PlanTable table;

  public PlanTableController(PlanTable table) {
    this.table = table;
  }

  @GetMapping
  public Map<String, Object> draft(@PathVariable int year) {
    return table.draft(year);
  }

  @PutMapping
  public Map<String, Object> save(@PathVariable int year, @RequestBody Map<String, Object> body) {
    table.save(year, body.get("rows"));
    Map<String, Object> saved = table.draft(year);
    saved.put("message", "已保存" + ((List<?>) saved.get("rows")).size() + "项定期谈话。");
    return saved;
  }

  /**
   * The rules' messages as they read beside a picker: the lines ask to write (请填写, 可写), the
   * table to choose (请选择, 可选).
   */
  static Map<String, String> picked(Map<String, String> fields) {
    Map<String, String> picked = new LinkedHashMap<>();
    fields.forEach((field, message) -> picked.put(field, RowErrors.NOTE.equals(field) ? message
        : message.replace("请填写", "请选择").replace("可写多个", "可选多个").replace("可写: ", "可选: ")));
    return picked;
  }

  @ExceptionHandler(PlanTableRefused.class)
  public ResponseEntity<Map<String, Object>> refused(PlanTableRefused e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", e.getMessage());
    body.put("rows", e.rows().stream().map(r -> Map.of("row", r.row(), "errors", picked(r.fields()))).toList());
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
  }
}

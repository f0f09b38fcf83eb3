package cn.supervisiontalk.notice;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.notification.NoticeKind;
import cn.supervisiontalk.security.ApiUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in person's notices: {@code GET /api/notices} (newest first, {@code page} from 1,
 * {@code size} at most 100), {@code GET /api/notices/unread-count}, {@code POST
 * /api/notices/{id}/read}, {@code POST /api/notices/read-all}. Nobody reads another's notices.
 */
@RestController
@RequestMapping("/api/notices")
public class NoticeController {

  private static final int MAX_SIZE = 100;

  private final NoticeList notices;
  private final IdentityService identity;
  private final Deadlines deadlines;

  public NoticeController(NoticeList notices, IdentityService identity, Deadlines deadlines) {
    this.notices = notices;
    this.identity = identity;
    this.deadlines = deadlines;
  }

  @GetMapping
  public Map<String, Object> list(@RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 1) {
      throw bad("参数“page”应为从1起的页码。");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw bad("参数“size”应在1至" + MAX_SIZE + "之间。");
    }
    String me = ApiUser.current(identity).id();
    long total = notices.count(me);
    List<Map<String, Object>> rows = notices.page(me, (page - 1L) * size, size).stream()
        .map(NoticeController::view).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("rows", rows);
    answer.put("total", total);
    answer.put("pages", (total + size - 1) / size);
    answer.put("unread", notices.unread(me));
    return answer;
  }

  @GetMapping("/unread-count")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", notices.unread(ApiUser.current(identity).id()));
  }

  @PostMapping("/{id}/read")
  public Map<String, Long> read(@PathVariable long id) {
    String me = ApiUser.current(identity).id();
    if (!notices.owns(me, id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条通知。");
    }
    notices.markRead(me, id, deadlines.now());
    return Map.of("unread", notices.unread(me));
  }

  @PostMapping("/read-all")
  public Map<String, Long> readAll() {
    String me = ApiUser.current(identity).id();
    notices.markAllRead(me, deadlines.now());
    return Map.of("unread", 0L);
  }

  private static Map<String, Object> view(NoticeList.Row row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("kind", row.kind());
    view.put("kindLabel", label(row.kind()));
    view.put("subject", row.subject());
    view.put("body", row.body());
    view.put("taskId", row.taskId());
    view.put("talkId", row.talkId());
    view.put("createdAt", row.createdAt());
    view.put("read", row.readAt() != null);
    view.put("readAt", row.readAt());
    return view;
  }

  private static String label(String kind) {
    try {
      return NoticeKind.valueOf(kind).label();
    } catch (IllegalArgumentException e) {
      return "通知";
    }
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}

package cn.supervisiontalk.notice;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/talks/{talkId}/notice} {@code {"time": "2027-03-01T09:30", "place": "…"}}: the
 * office sets the talk's date, time (Beijing time) and place before the talk is held; the talkee,
 * the talker and the units' attendees get a 谈话通知. Setting it again tells them of the change.
 */
@RestController
public class TalkNoticeController {

  private static final int PLACE_MAX = 200;

  private final TalkRecords talks;
  private final TalkNotices notices;
  private final Directory directory;
  private final Deadlines deadlines;
  private final IdentityService identity;

  public TalkNoticeController(TalkRecords talks, TalkNotices notices, Directory directory,
      Deadlines deadlines, IdentityService identity) {
    this.talks = talks;
    this.notices = notices;
    this.directory = directory;
    this.deadlines = deadlines;
    this.identity = identity;
  }

  @PostMapping("/api/talks/{talkId}/notice")
  public Map<String, Object> announce(@PathVariable String talkId,
      @RequestBody(required = false) Map<String, Object> body) {
    ApiUser user = ApiUser.current(identity);
    if (!user.inGroup(Roles.OFFICE) && !user.inGroup(Roles.ADMIN)) {
      throw ApiUser.forbidden("只有办公室可以发出谈话通知。");
    }
    // the office of the committee holding the talk; another committee's talk is not theirs to see
    Talk talk = talks.find(talkId)
        .filter(t -> user.within(talks.committeeOf(talkId).orElse(null)).readsAllTalks())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这次谈话。"));
    if (talk.cancelled() || talk.held()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          talk.cancelled() ? "该谈话已撤销,不能发出谈话通知。" : "该谈话已开展,不能再发出谈话通知。");
    }
    LocalDateTime time = time(body == null ? null : body.get("time"));
    String place = place(body == null ? null : body.get("place"));
    Set<String> told = notices.announce(talk, time, place, user.id());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("talkId", talk.id());
    answer.put("time", time.toString());
    answer.put("place", place);
    answer.put("notified", told.stream().map(id -> Map.of("id", id, "name", directory.userName(id))).toList());
    return answer;
  }

  private LocalDateTime time(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw bad("请填写谈话时间(如 2027-03-01T09:30)。");
    }
    LocalDateTime time;
    try {
      time = LocalDateTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw bad("谈话时间“" + text + "”的格式不对,应写作 2027-03-01T09:30(北京时间)。");
    }
    if (time.atZone(deadlines.zone()).toOffsetDateTime().isBefore(deadlines.now())) {
      throw bad("谈话时间不能早于现在。");
    }
    return time;
  }

  private static String place(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw bad("请填写谈话地点。");
    }
    if (text.trim().length() > PLACE_MAX) {
      throw bad("谈话地点不能超过" + PLACE_MAX + "个字。");
    }
    return text.trim();
  }

  private static ResponseStatusException bad(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}

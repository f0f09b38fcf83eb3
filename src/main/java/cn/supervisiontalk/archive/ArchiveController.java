package cn.supervisiontalk.archive;

import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.TalkRecords;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only access to archived talks: /api/archives, each person seeing what {@link ArchiveAccess}
 * allows them.
 */
@RestController
@RequestMapping("/api/archives")
public class ArchiveController {

  private final ArchiveRepository archives;
  private final IdentityService identity;
  private final TalkRecords talks;

  public ArchiveController(ArchiveRepository archives, IdentityService identity,
      TalkRecords talks) {
    this.talks = talks;
    this.archives = archives;
    this.identity = identity;
  }

  /**
   * The archived talks the caller may read: all of them, or those of one talkee (the office or the
   * talkee themself), or those copied to one unit (the office or a member of that unit).
   */
  @GetMapping
  public List<ArchiveRecord> list(@RequestParam(required = false) String talkeeId,
      @RequestParam(required = false) String copiedTo) {
    if (talkeeId != null && copiedTo != null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "talkeeId 与 copiedTo 只能指定其一");
    }
    ApiUser user = ApiUser.current(identity);
    if (talkeeId != null) {
      if (!user.readsAllTalks() && !user.id().equals(talkeeId)) {
        throw ApiUser.forbidden("只能查阅本人作为被谈话人的谈话归档材料");
      }
      return visible(archives.findByTalkee(talkeeId), user);
    }
    if (copiedTo != null) {
      if (!user.readsAllTalks() && !user.inGroup(copiedTo)) {
        throw ApiUser.forbidden("只能查阅抄送本单位的谈话归档材料");
      }
      return visible(archives.findCopiedTo(copiedTo), user);
    }
    return visible(archives.findAll(), user);
  }

  /** The records as the person reads each, in the capacity they have in its talk's committee. */
  private List<ArchiveRecord> visible(List<ArchiveRecord> records, ApiUser user) {
    Map<String, String> committees = talks.committeesOf(
        records.stream().map(ArchiveRecord::talkId).toList());
    return records.stream()
        .map(r -> ArchiveAccess.view(r, user.within(committees.get(r.talkId()))))
        .filter(Objects::nonNull).toList();
  }

  @GetMapping("/{talkId}")
  public ArchiveRecord get(@PathVariable String talkId) {
    ArchiveRecord record = archives.findByTalk(talkId).orElseThrow(UnseenTalk::refusal);
    ArchiveRecord view = ArchiveAccess.view(record,
        ApiUser.current(identity).within(talks.committeeOf(talkId).orElse(null)));
    if (view == null) {
      throw UnseenTalk.refusal();
    }
    return view;
  }
}

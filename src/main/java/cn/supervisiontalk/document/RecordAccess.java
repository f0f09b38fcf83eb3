package cn.supervisiontalk.document;

import cn.supervisiontalk.archive.ArchiveRepository;
import cn.supervisiontalk.copy.CopiedPart;
import cn.supervisiontalk.copy.CopyRepository;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who reads a talk's record (articles 12 and 16), as the API lets them: the office (and the
 * administrator) every talk's; the talker and the talkee their own talk's; a unit's member once the
 * record was copied to the unit, when the talk was held (/api/copies) or with the archive
 * (/api/archives). Nobody else, whatever else of the talk they may see.
 */
@Component
class RecordAccess {

  private final TalkRecords talks;
  private final CopyRepository copies;
  private final ArchiveRepository archives;

  RecordAccess(TalkRecords talks, CopyRepository copies, ArchiveRepository archives) {
    this.talks = talks;
    this.copies = copies;
    this.archives = archives;
  }

  /** The talk whose record the person may read: 404 for an unknown talk or one not held, 403. */
  Talk readableRecord(String talkId, ApiUser person) {
    Talk talk = talks.find(talkId).orElseThrow(UnseenTalk::refusal);
    ApiUser user = person.within(talks.committeeOf(talkId).orElse(null));
    if (!mayRead(talk, user)) {
      throw UnseenTalk.refusal();
    }
    if (!talk.held()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该谈话尚未开展,还没有谈话记录。");
    }
    return talk;
  }

  /** Whether the person takes part in the talk: the office, the talker, the talkee. */
  static boolean party(Talk talk, ApiUser user) {
    return user.readsAllTalks() || user.id().equals(talk.talkerId())
        || user.id().equals(talk.talkeeId());
  }

  private boolean mayRead(Talk talk, ApiUser user) {
    if (party(talk, user)) {
      return true;
    }
    boolean copied = copies.ofTalk(talk.id()).stream().anyMatch(copy ->
        CopiedPart.TALK_RECORD.name().equals(copy.part()) && user.inGroup(copy.recipientGroup()));
    return copied || archives.findByTalk(talk.id())
        .map(archive -> archive.archiving().copiedTo().stream().anyMatch(user::inGroup))
        .orElse(false);
  }
}

package cn.supervisiontalk.document;

import cn.supervisiontalk.archive.ArchiveController;
import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.copy.CopiedPart;
import cn.supervisiontalk.copy.CopyContent;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import org.springframework.stereotype.Component;

/**
 * A talk's documents as their reader may read them (article 16): the talk record to those
 * {@link RecordAccess} lets read it, the archive exactly as GET /api/archives/{talkId} gives it to
 * the same person (the talkee's without the units' material and the talker's notes, a unit's with
 * its own material only).
 */
@Component
class TalkDocuments {

  /** A filled .docx and the name it is downloaded under. */
  record Document(byte[] docx, String name) {
  }

  private final RecordAccess access;
  private final TalkRecords talks;
  private final CopyContent copyContent;
  private final ArchiveController archives;
  private final PartyTitles titles;
  private final ArchiveValues archiveValues;
  private final DocumentTemplates templates;

  TalkDocuments(RecordAccess access, TalkRecords talks, CopyContent copyContent,
      ArchiveController archives, PartyTitles titles, ArchiveValues archiveValues,
      DocumentTemplates templates) {
    this.access = access;
    this.talks = talks;
    this.copyContent = copyContent;
    this.archives = archives;
    this.titles = titles;
    this.archiveValues = archiveValues;
    this.templates = templates;
  }

  /** The talk record (谈话记录): the record as copied to the units, in the template's layout. */
  Document record(String talkId, ApiUser user) {
    Talk talk = access.readableRecord(talkId, user);
    byte[] docx = templates.fill(DocumentTemplates.TALK_RECORD,
        TalkRecordValues.of(talk, titles.talkerTitle(talk), titles.talkeeOrganization(talk),
            copyContent.of(talk, CopiedPart.TALK_RECORD)));
    return new Document(docx, "谈话记录-" + talk.talkeeName() + "-" + DocumentValues.day(talk.talkDate()));
  }

  /** The archive (归档材料), as the archive API gives it to the reader. */
  Document archive(String talkId, ApiUser user) {
    Talk talk = talks.find(talkId).orElseThrow(UnseenTalk::refusal);
    ArchiveRecord readable = archives.get(talkId);
    byte[] docx = templates.fill(DocumentTemplates.ARCHIVE,
        archiveValues.of(readable,
            RecordAccess.party(talk, user.within(talks.committeeOf(talkId).orElse(null))),
            talks.committeeOf(talkId).orElse(null)));
    return new Document(docx, "归档材料-" + talk.talkeeName() + "-" + DocumentValues.day(talk.talkDate()));
  }
}

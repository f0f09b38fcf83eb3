package cn.supervisiontalk.attachment;

import cn.supervisiontalk.security.ApiUser;
import java.util.Set;

/**
 * What one person may read of one talk's finished parts (article 16), as the ledger and the archive
 * decide it: the office (and the administrator) and the talker every part; the talkee his
 * self-inspection, the record, measures and results, never a unit's material; a unit its own
 * material, and the record, measures or results once copied to it (talk_copy as each part came into
 * existence, archive_copy with the archive).
 *
 * @param full the office, the administrator or the talker
 * @param talkee the talkee
 * @param copiedParts the parts copied to the person's units
 */
record Readership(boolean full, boolean talkee, Set<AttachmentPart> copiedParts) {

  /** Reads nothing (a talk not recorded). */
  static final Readership NONE = new Readership(false, false, Set.of());

  /** Whether the person reads this finished file. */
  boolean reads(Attachment a, ApiUser user) {
    if (full) {
      return true;
    }
    if (a.part() == AttachmentPart.MATERIAL) {
      return !talkee && a.unit() != null && user.inGroup(a.unit());
    }
    if (talkee) {
      return true;
    }
    return copiedParts.contains(a.part());
  }
}

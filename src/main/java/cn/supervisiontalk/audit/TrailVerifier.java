package cn.supervisiontalk.audit;

import cn.supervisiontalk.audit.TrailStore.Head;
import org.springframework.stereotype.Component;

/**
 * Checks the chain from its anchor (the last purged row, or the start) to the head: the rows'
 * sequence numbers follow each other without a gap, each row names the previous row's hash, each
 * row's hash is its content's, and the last row is the one the head records. So a changed field, a
 * deleted or inserted row, rows swapped and rows cut off the end are all found; the first place the
 * chain breaks is reported.
 */
@Component
class TrailVerifier {

  private final TrailStore store;

  TrailVerifier(TrailStore store) {
    this.store = store;
  }

  Verification verify() {
    Head head = store.head();
    Walk walk = new Walk(head);
    store.eachRowAfter(head.anchorSeq(), walk::check);
    return walk.result();
  }

  /** The check, row by row in sequence order, stopping at the first break. */
  private static final class Walk {
    private final Head head;
    private long expectedSeq;
    private String expectedPrev;
    private long checked;
    private Long brokenAt;
    private String problem;

    Walk(Head head) {
      this.head = head;
      this.expectedSeq = head.anchorSeq() + 1;
      this.expectedPrev = head.anchorHash();
    }

    void check(TrailRow row) {
      if (brokenAt != null) {
        return;
      }
      checked++;
      if (row.seq() > head.lastSeq()) {
        broken(row.seq(), "第 " + row.seq() + " 条记录在链头记载的最新记录(第 " + head.lastSeq()
            + " 条)之后,是绕过应用插入的");
      } else if (row.seq() != expectedSeq) {
        broken(expectedSeq, "缺少第 " + expectedSeq + " 条记录(记录被删除)");
      } else if (!row.prevHash().equals(expectedPrev)) {
        broken(row.seq(), "第 " + row.seq() + " 条记录所记的前一哈希与前一条记录不符"
            + "(记录被删除、插入或调换)");
      } else if (!row.expectedHash().equals(row.hash())) {
        broken(row.seq(), "第 " + row.seq() + " 条记录的内容与其哈希不符(记录被修改)");
      } else {
        expectedSeq = row.seq() + 1;
        expectedPrev = row.hash();
      }
    }

    private void broken(long seq, String what) {
      brokenAt = seq;
      problem = what;
    }

    Verification result() {
      if (brokenAt == null && expectedSeq - 1 != head.lastSeq()) {
        broken(expectedSeq, "末尾的记录被截去: 链头记载最新为第 " + head.lastSeq() + " 条,表中只到第 "
            + (expectedSeq - 1) + " 条");
      } else if (brokenAt == null && !expectedPrev.equals(head.lastHash())) {
        broken(head.lastSeq(), "第 " + head.lastSeq() + " 条记录的哈希与链头记载的不符(记录被替换)");
      }
      if (brokenAt != null) {
        return new Verification(false, checked, brokenAt,
            "访问留痕已被篡改: " + problem + "。共校验 " + checked + " 条记录。");
      }
      String range = checked == 0 ? "" : "(第 " + (head.anchorSeq() + 1) + " 至 " + head.lastSeq() + " 条)";
      return new Verification(true, checked, null, "访问留痕完整: 共校验 " + checked + " 条记录" + range
          + ",未发现修改、删除、插入、调换或截断。");
    }
  }
}

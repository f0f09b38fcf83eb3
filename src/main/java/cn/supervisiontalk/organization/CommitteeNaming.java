package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.CommitteeRepository.CommitteeRecord;
import cn.supervisiontalk.validation.Problems;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names the holding committee: its id (once, the first time), full name, short name and kind.
 * From the seeds on first start, or by the office or the system administrator over
 * {@code PUT /api/committee} (production has no seed file).
 */
@Component
public class CommitteeNaming {

  static final Set<String> KINDS = Set.of("LOCAL_COMMITTEE", "PARTY_GROUP");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,63}");

  private final CommitteeRepository committees;
  private final Committee committee;
  private final Deadlines deadlines;

  public CommitteeNaming(CommitteeRepository committees, Committee committee, Deadlines deadlines) {
    this.committees = committees;
    this.committee = committee;
    this.deadlines = deadlines;
  }

  /** Checks and records the names; a problem is a Chinese 400 and changes nothing. */
  @Transactional
  public CommitteeRecord name(String id, String name, String shortName, String kind,
      String recordedBy) {
    Optional<CommitteeRecord> named = committees.find();
    Problems problems = new Problems();
    String kept = named.map(CommitteeRecord::id).orElse(id);
    if (named.isPresent() && id != null && !id.isBlank() && !id.equals(kept)) {
      problems.add("党委(党组)的编号设定后不能修改(现为 " + kept + ")");
    } else if (kept == null || kept.isBlank()) {
      problems.add("请填写党委(党组)的编号:小写字母开头,只含小写字母和数字,如 jiangzhou");
    } else if (!ID.matcher(kept).matches()) {
      problems.add("党委(党组)的编号只能含小写字母和数字,以字母开头,不超过64个字符");
    }
    if (name == null || name.isBlank()) {
      problems.add("请填写党委(党组)的全称,如 中共江州市委员会");
    } else if (name.trim().length() > 200) {
      problems.add("党委(党组)的全称不能超过200个字");
    }
    if (shortName != null && shortName.trim().length() > 100) {
      problems.add("党委(党组)的简称不能超过100个字");
    }
    if (kind != null && !KINDS.contains(kind)) {
      problems.add("党委(党组)的类别应为 LOCAL_COMMITTEE(地方党委)或 PARTY_GROUP(党组)");
    }
    problems.throwIfAny();
    CommitteeRecord record = new CommitteeRecord(kept, name.trim(),
        shortName == null ? "" : shortName.trim(), kind == null ? "LOCAL_COMMITTEE" : kind,
        recordedBy, deadlines.now());
    committees.save(record);
    // forgotten once the new names are committed, so that no reader caches the old ones meanwhile
    committee.forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          committee.forget();
        }
      });
    }
    return record;
  }
}

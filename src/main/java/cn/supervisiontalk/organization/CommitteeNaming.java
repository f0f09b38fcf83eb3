package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.CommitteeRepository.CommitteeRecord;
import cn.supervisiontalk.validation.Problems;
import cn.supervisiontalk.security.CommitteeGroups;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names the holding committees: each one's id (once, when it is added), full name, short name,
 * kind and upper committee. The first from the seeds on first start or by
 * {@code PUT /api/committee}; more by the seeds or {@code POST /api/committees} (production has
 * no seed file); renamed by its office or the system administrator.
 */
@Component
public class CommitteeNaming {

  static final Set<String> KINDS = Set.of("LOCAL_COMMITTEE", "PARTY_GROUP");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,63}");

  private final CommitteeRepository committees;
  private final Committee committee;
  private final Deadlines deadlines;
  private final CommitteeGroups groups;

  public CommitteeNaming(CommitteeRepository committees, Committee committee, Deadlines deadlines,
      CommitteeGroups groups) {
    this.groups = groups;
    this.committees = committees;
    this.committee = committee;
    this.deadlines = deadlines;
  }

  /**
   * Names a committee: renames the one with this id, or, on an installation without any, creates
   * the first (the seeds, or PUT /api/committee). A problem is a Chinese 400 and changes nothing.
   */
  @Transactional
  public CommitteeRecord name(String id, String name, String shortName, String kind,
      String recordedBy) {
    List<CommitteeRecord> all = committees.all();
    Optional<CommitteeRecord> named = all.stream().filter(c -> c.id().equals(id)).findFirst()
        .or(() -> all.size() == 1 && (id == null || id.isBlank()) ? Optional.of(all.get(0))
            : Optional.empty());
    if (named.isEmpty() && !all.isEmpty()) {
      throw Problems.single("党委(党组)的编号设定后不能修改(现为 " + all.get(0).id()
          + ");增加党委(党组)请用 POST /api/committees");
    }
    String kept = named.map(CommitteeRecord::id).orElse(id);
    return save(kept, name, shortName, kind,
        named.map(CommitteeRecord::upperId).orElse(null), recordedBy, named.isEmpty(),
        new Problems());
  }

  /**
   * Renames the committee with this id; an id sent along must be that one (ids never change).
   */
  @Transactional
  public CommitteeRecord rename(String committeeId, String requestedId, String name,
      String shortName, String kind, String recordedBy) {
    CommitteeRecord named = committees.byId(committeeId).orElseThrow(() ->
        Problems.single("未找到党委(党组)“" + committeeId + "”"));
    Problems problems = new Problems();
    if (requestedId != null && !requestedId.isBlank() && !requestedId.equals(committeeId)) {
      problems.add("党委(党组)的编号设定后不能修改(现为 " + committeeId + ")");
    }
    return save(committeeId, name, shortName, kind, named.upperId(), recordedBy, false, problems);
  }

  /**
   * Adds a committee under its upper committee (articles 13-15: the upper one receives its report
   * and oversees it), with its role groups and tenant. A Chinese 400 for a bad or taken id, a
   * missing name or an unknown upper committee.
   */
  @Transactional
  public CommitteeRecord create(String id, String name, String shortName, String kind,
      String upperId, String recordedBy) {
    Problems problems = new Problems();
    if (id != null && committees.byId(id).isPresent()) {
      problems.add("已有编号为 " + id + " 的党委(党组)");
    }
    if (upperId != null && !upperId.isBlank() && committees.byId(upperId).isEmpty()) {
      problems.add("未找到上级党委(党组)“" + upperId + "”");
    }
    return save(id, name, shortName, kind, upperId == null || upperId.isBlank() ? null
        : upperId.trim(), recordedBy, true, problems);
  }

  private CommitteeRecord save(String id, String name, String shortName, String kind,
      String upperId, String recordedBy, boolean isNew, Problems problems) {
    if (id == null || id.isBlank()) {
      problems.add("请填写党委(党组)的编号:小写字母开头,只含小写字母和数字,如 jiangzhou");
    } else if (!ID.matcher(id).matches()) {
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
    CommitteeRecord record = new CommitteeRecord(id, name.trim(),
        shortName == null ? "" : shortName.trim(), kind == null ? "LOCAL_COMMITTEE" : kind,
        recordedBy, deadlines.now(), upperId);
    if (isNew) {
      committees.insert(record);
      groups.ensure(id, record.shortName().isBlank() ? record.name() : record.shortName());
    } else {
      committees.update(record);
    }
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

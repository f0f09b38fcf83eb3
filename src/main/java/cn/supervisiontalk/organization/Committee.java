package cn.supervisiontalk.organization;

import cn.supervisiontalk.organization.CommitteeRepository.CommitteeRecord;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The holding committees' names, kinds and secretaries (table committee, named from the seeds, by
 * {@code PUT /api/committee} or {@code POST /api/committees}; the secretary is the leadership team
 * member with the role SECRETARY). As {@code committee} in the models, e.g.
 * {@code committee.secretaryId(committeeGroups.committeeOf(execution))}. The methods without a
 * committee id answer for the first committee. The first committee's names are read at most once a
 * minute, and at once after this node renames it.
 */
@Component("committee")
public class Committee {

  private static final String DEFAULT_NAME = "党委(党组)";
  private static final Duration KEPT = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final CommitteeRepository committees;
  private volatile Kept kept;

  private record Kept(Optional<CommitteeRecord> committee, long until) {
  }

  public Committee(JdbcClient jdbc, CommitteeRepository committees) {
    this.jdbc = jdbc;
    this.committees = committees;
  }

  /** The committee's id, e.g. jiangzhou; empty until it is named. */
  public Optional<String> id() {
    return record().map(CommitteeRecord::id);
  }

  /** The full name of the committee with this id. */
  public String name(String committeeId) {
    return committees.byId(committeeId).map(CommitteeRecord::name).filter(n -> !n.isBlank())
        .orElse(DEFAULT_NAME);
  }

  /** The committee's full name, e.g. 中共江州市委员会. */
  public String name() {
    return record().map(CommitteeRecord::name).filter(n -> !n.isBlank()).orElse(DEFAULT_NAME);
  }

  /**
   * The committee as messages and reminders name it, e.g. 中共江州市委: 「中共」 and its short name,
   * or its full name when it has no short name.
   */
  public String messageName() {
    return messageName(record());
  }

  /** The committee with this id as messages name it (see {@link #messageName()}). */
  public String messageName(String committeeId) {
    return messageName(committees.all().stream().filter(c -> c.id().equals(committeeId))
        .findFirst().or(this::record));
  }

  private String messageName(Optional<CommitteeRecord> committee) {
    String shortName = committee.map(CommitteeRecord::shortName).orElse("").trim();
    if (shortName.isBlank()) {
      return committee.map(CommitteeRecord::name).filter(n -> !n.isBlank()).orElse(DEFAULT_NAME);
    }
    return shortName.startsWith("中共") ? shortName : "中共" + shortName;
  }

  /**
   * What kind of body holds the talks: {@code LOCAL_COMMITTEE} (a local party committee) or
   * {@code PARTY_GROUP} (a 党组); a local committee until named. Decides, for instance, which
   * discipline body receives copies (article 12).
   */
  public String holdingCommitteeKind() {
    return record().map(CommitteeRecord::kind).filter("PARTY_GROUP"::equals)
        .orElse("LOCAL_COMMITTEE");
  }

  /** What kind of body the committee with this id is (see {@link #holdingCommitteeKind()}). */
  public String holdingCommitteeKind(String committeeId) {
    return committees.all().stream().filter(c -> c.id().equals(committeeId)).findFirst()
        .map(CommitteeRecord::kind).filter("PARTY_GROUP"::equals).orElse("LOCAL_COMMITTEE");
  }

  /** Forgets the names read, after a change of them on this node. */
  void forget() {
    kept = null;
  }

  private Optional<CommitteeRecord> record() {
    Kept current = kept;
    long now = System.nanoTime();
    if (current == null || now - current.until() > 0) {
      current = new Kept(committees.find(), now + KEPT.toNanos());
      kept = current;
    }
    return current.committee();
  }

  /** The user id of the secretary of the committee with this id. */
  public String secretaryId(String committeeId) {
    return jdbc.sql("""
            select user_id from leadership_member where role = 'SECRETARY' and committee_id = ?
            order by sort_order""").param(committeeId)
        .query(String.class).list().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("领导班子中没有书记"));
  }

}

package cn.supervisiontalk.ledger;

import cn.supervisiontalk.copy.CopyRepository;
import cn.supervisiontalk.copy.CopyRepository.TalkCopy;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.talk.Material;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.talk.TalkParts.Measures;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Talks written straight into the application's tables, as the steps of the models write them
 * (through the same repositories), for the ledger's query tests: any number of talks in any stage
 * without running the engine. Every talk's talkee and talker names carry the fixture's tag, so a
 * search for the tag finds exactly the talks of one test, whatever else the database holds.
 */
final class LedgerFixture {

  /** The people of the fixture's talks, by role; their ids carry the tag too. */
  final String tag;
  final String talker;
  final String otherTalker;
  final String talkee;
  final String otherTalkee;

  private final TalkRecords talks;
  private final MaterialRepository materials;
  private final CopyRepository copies;
  private final AccountabilityRepository findings;
  private final Directory directory;
  private final Deadlines deadlines;
  private final JdbcClient jdbc;

  LedgerFixture(TalkRecords talks, MaterialRepository materials, CopyRepository copies,
      AccountabilityRepository findings, Directory directory, Deadlines deadlines, JdbcClient jdbc) {
    this.talks = talks;
    this.materials = materials;
    this.copies = copies;
    this.findings = findings;
    this.directory = directory;
    this.deadlines = deadlines;
    this.jdbc = jdbc;
    this.tag = "号" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    this.talker = "talker-" + tag;
    this.otherTalker = "talker2-" + tag;
    this.talkee = "talkee-" + tag;
    this.otherTalkee = "talkee2-" + tag;
  }

  /** A talk in preparation, planned for the date; its id. */
  String planned(String organizationId, TalkType type, String talkeeId, String talkeeName,
      String talkerId, String talkerName, LocalDate planned) {
    String id = "ledger-" + UUID.randomUUID();
    Organization organization = directory.organization(organizationId);
    talks.insert(new Talk(id, type, organization.id(), organization.name(),
        organization.kind().name(), talkeeId, talkeeName + tag, talkerId, talkerName + tag,
        planned.getYear(), planned, null, null, type == TalkType.TIMELY ? "PETITIONS" : null,
        deadlines.now(), TalkStage.PREPARATION, null, null, null, null, null, null, null, false),
        new Grounds(type == TalkType.TIMELY ? "PETITIONS" : null,
            type == TalkType.TIMELY ? "事实" + tag : null, null), "liuyang", "jiangzhou");
    return id;
  }

  /** A regular talk of the fixture's talkee and talker in preparation. */
  String planned(String organizationId, LocalDate planned) {
    return planned(organizationId, TalkType.REGULAR, talkee, "甲", talker, "乙", planned);
  }

  /** The talk is held on the date: its record, and the rectification deadlines one and three months on. */
  void held(String talkId, LocalDate talkDate) {
    talks.saveNotes(talkId, new Notes(talkDate, "参加人员" + tag, "自查情况" + tag, "问题" + tag,
        "说明" + tag, "要求" + tag, "表态" + tag, deadlines.now()));
    talks.saveDeadlines(talkId, endOf(talkDate.plusMonths(1)), endOf(talkDate.plusMonths(3)));
  }

  /** The talkee hands in measures. */
  void measuresIn(String talkId) {
    talks.saveMeasures(talkId, new Measures("认识" + tag, null, "措施" + tag, deadlines.now(), null));
  }

  /** The office returns the measures with a reason. */
  void measuresReturned(String talkId) {
    talks.returnMeasures(talkId, "退回理由" + tag);
  }

  /** The talkee reports the results. */
  void resultsIn(String talkId) {
    talks.saveResults(talkId, "整改情况" + tag, deadlines.now());
  }

  /** The office finds the results rectified; the talk goes to the archive. */
  void rectified(String talkId) {
    talks.reviewed(talkId, "RECTIFIED", true);
  }

  /** The talk is archived and copied to the units. */
  void archived(String talkId, String... units) {
    talks.archived(talkId, deadlines.now());
    for (String unit : units) {
      jdbc.sql("insert into archive_copy (talk_id, recipient_group) values (?, ?)")
          .params(talkId, unit).update();
    }
  }

  void cancelled(String talkId) {
    talks.cancelled(talkId, deadlines.now());
  }

  /** A unit supplied material for the talk. */
  void material(String talkId, String unit, String text) {
    materials.insert(talkId, new Material(unit, text, null, "member-" + unit, deadlines.now()));
  }

  /** The office decided not to wait for the unit's material. */
  void waived(String talkId, String unit) {
    materials.insert(talkId, Material.waived(unit, "liuyang", deadlines.now(), "逾期未提供" + tag));
  }

  /** A part of the talk copied to the units as it came into existence. */
  void copied(String talkId, String part, String... units) {
    copies.insert(new TalkCopy(UUID.randomUUID().toString(), talkId, part, "{}", deadlines.now()),
        List.of(units));
  }

  /** A finding of article 17 on the talk. */
  void finding(String talkId, AccountabilityKind kind) {
    findings.insertOnce(talkId, talkee, kind, kind.label() + tag, deadlines.now());
  }

  private OffsetDateTime endOf(LocalDate day) {
    return OffsetDateTime.ofInstant(deadlines.endOf(day).toInstant(), deadlines.zone());
  }
}

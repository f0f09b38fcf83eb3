package cn.supervisiontalk;

import static cn.supervisiontalk.TalkDriver.OFFICE;
import static cn.supervisiontalk.TalkDriver.OFFICE_B;
import static cn.supervisiontalk.TalkDriver.json;
import static cn.supervisiontalk.TalkDriver.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three pieces of work with a {@link Marker} in every confidential field, driven over REST as the
 * demo users, stopping at each {@link Stage} for the probes:
 *
 * <ul>
 *   <li>regular talk A: 青山县委, talkee {@value #TALKEE}, talker {@value #TALKER}, material from all
 *       five units, then the talk, measures (returned once, then accepted), results, archive;
 *   <li>timely talk T: 西岭县委, talker 周海, facts and evidence, material from discipline and
 *       inspection; it stays at the talk;
 *   <li>proposal P: 朱红 (inspection) proposes 白沙镇党委's leader; it waits for the office.
 * </ul>
 */
final class MarkedTalks {

  static final String TALKEE = "wanghai";
  static final String TALKER = "lijianguo";
  static final String TIMELY_TALKER = "zhouhai";
  static final String PROPOSER = "zhuhong";
  /** The other members of 青山县委's own leadership team, whom the talkee informs (article 11). */
  static final List<String> TALKEE_TEAM = List.of("liuzhiyuan", "chenjing", "yangfan");

  /** Where talk A stands when the probes run. */
  enum Stage {
    /** Talker's notes and four units' material in; the talkee's self-inspection and audit open. */
    PREPARING,
    /** The self-inspection report in too; the audit office's material task still open. */
    REPORT_IN,
    /** The talk held and recorded; the talkee's measures task open. */
    TALK_HELD,
    /** Measures returned once, then accepted; the talkee has informed his team; acknowledgements and the results task open. */
    MEASURES_ACCEPTED,
    /** Results reviewed, archive prepared; the copied units' reading tasks open. */
    ARCHIVING,
    /** Everything done; the talk has ended. */
    ENDED
  }

  interface Checkpoint {
    void reached(Stage stage);
  }

  private final TalkDriver steps;
  String talkA;
  String timelyTalk;
  String proposal;

  MarkedTalks(TalkDriver steps) {
    this.steps = steps;
  }

  void run(Checkpoint checkpoint) {
    startAll();
    steps.submit(TALKER, steps.awaitTask(talkA, "prepareTalk"), Map.of(
        "preparationMaterials", string(Marker.PREP_MATS.in("《工作办法》;巡察反馈意见")),
        "preparationIssues", string(Marker.PREP_ISSUES.in("落实全面从严治党主体责任不够到位"))));
    steps.provideMaterials(talkA, unit -> Marker.MAT.get(unit).in("关于王海同志的有关情况"),
        List.of("audit"));
    prepareTimelyTalk();
    checkpoint.reached(Stage.PREPARING);

    steps.submit(TALKEE, steps.awaitTask(talkA, "selfInspection"),
        Map.of("selfInspectionReport", string(Marker.SELF.in("对照《工作办法》逐条自查"))));
    checkpoint.reached(Stage.REPORT_IN);

    steps.provideMaterials(talkA, unit -> Marker.MAT.get(unit).in("关于王海同志的有关情况"), List.of());
    steps.provideMaterials(timelyTalk, unit -> Marker.T_MAT.get(unit).in("问题线索处置情况"),
        List.of("discipline"));
    steps.submit(TALKER, steps.awaitTask(talkA, "holdTalk"), talkRecord());
    steps.awaitTask(talkA, "submitMeasures");
    checkpoint.reached(Stage.TALK_HELD);

    measures();
    steps.awaitTask(talkA, "submitResults");
    steps.submit(TALKEE, steps.awaitTask(talkA, "informTeam"), Map.of(
        "informedOn", string(java.time.LocalDate.now(RegularTalkRestFlow.CHINA).toString()),
        "informedHow", string("STANDING_COMMITTEE")));
    steps.awaitTasks(talkA, "acknowledgeMeasures", TALKEE_TEAM.size());
    checkpoint.reached(Stage.MEASURES_ACCEPTED);

    steps.submit(TALKEE, steps.awaitTask(talkA, "submitResults"),
        Map.of("results", string(Marker.RESULT.in("两项整改措施均已完成"))));
    steps.complete(steps.awaitTask(talkA, "reviewResults"), OFFICE_B, Map.of(
        "resultsDecision", string("RECTIFIED"),
        "resultsReviewComment", string(Marker.REVIEW_RESULTS.in("整改到位"))));
    steps.complete(steps.awaitTask(talkA, "prepareArchive"), OFFICE_B, Map.of(
        "copyToExtra", json(List.of()), "archiveRemark", string("定期谈话材料已整理归档。")));
    steps.awaitTasks(talkA, "readArchive", 2);
    checkpoint.reached(Stage.ARCHIVING);

    for (JsonNode read : steps.tasks(talkA, "readArchive")) {
      steps.complete(read, readerOf(read), Map.of("archiveRead", TalkDriver.bool(true)));
    }
    for (JsonNode acknowledge : steps.tasks(talkA, "acknowledgeMeasures")) {
      steps.complete(acknowledge, null, Map.of("acknowledged", TalkDriver.bool(true)));
    }
    steps.awaitTasks(talkA, null, 0);
    checkpoint.reached(Stage.ENDED);
  }

  private void startAll() {
    talkA = steps.startRegularTalk("qingshan", "lijianguo");
    timelyTalk = steps.start(OFFICE, "timelyTalk", steps.timelyStart("xiling", TIMELY_TALKER,
        Marker.T_FACTS.in("巡察反馈问题12个"), Marker.T_EVID.in("巡察反馈报告第3页"),
        Marker.TIMELY_UNITS));
    proposal = steps.start(PROPOSER, "talkProposal", steps.proposalStart("baisha",
        Marker.P_REASONS.in("巡察发现主体责任落实问题突出"), Marker.P_FACTS.in("巡察反馈问题8个")));
  }

  /** The timely talk's talker prepares; discipline supplies its material, inspection not yet. */
  private void prepareTimelyTalk() {
    steps.submit(TIMELY_TALKER, steps.awaitTask(timelyTalk, "prepareTimelyTalk"), Map.of(
        "preparationMaterials", string(Marker.T_PREP_MATS.in("巡察反馈报告")),
        "preparationIssues", string(Marker.T_PREP_ISSUES.in("主体责任落实不力"))));
    steps.provideMaterials(timelyTalk, unit -> Marker.T_MAT.get(unit).in("问题线索处置情况"),
        List.of("inspection"));
  }

  private static Map<String, Object> talkRecord() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", string(java.time.LocalDate.now(RegularTalkRestFlow.CHINA).toString()));
    record.put("attendees", string("郑华(市纪委监委)、刘洋(市委办公室)"));
    record.put("selfInspectionHeard", string(Marker.RECORD_HEARD.in("王海同志报告了自查情况")));
    record.put("problems", string("履行第一责任人职责不到位\n" + Marker.RECORD_PROBLEMS.in("巡察整改滞后")));
    record.put("explanation", string(Marker.RECORD_EXPLANATION.in("对指出的问题作了说明")));
    record.put("requirements", string("一个月内报送整改措施\n" + Marker.RECORD_REQUIREMENTS.in("三个月内报告整改情况")));
    record.put("commitment", string(Marker.RECORD_COMMITMENT.in("坚决整改")));
    return record;
  }

  /** Measures in, returned by the office with a reason, in again, accepted. */
  private void measures() {
    Map<String, Object> measures = Map.of(
        "reflections", string(Marker.REFLECT.in("深刻认识到问题的严重性")),
        "firstResponsibilityMeasures", string(Marker.MEAS_FIRST.in("每季度专题研究党风廉政建设")),
        "otherMeasures", string(Marker.MEAS_OTHER.in("巡察反馈问题逐项销号")));
    steps.submit(TALKEE, steps.awaitTask(talkA, "submitMeasures"), measures);
    steps.complete(steps.awaitTask(talkA, "reviewMeasures"), OFFICE_B, Map.of(
        "measuresDecision", string("RETURN"),
        "measuresReviewComment", string(Marker.REVIEW_RETURN.in("整改措施不够具体"))));
    steps.submit(TALKEE, steps.awaitTask(talkA, "submitMeasures"), measures);
    steps.complete(steps.awaitTask(talkA, "reviewMeasures"), OFFICE, Map.of(
        "measuresDecision", string("ACCEPT"),
        "measuresReviewComment", string(Marker.REVIEW_ACCEPT.in("措施具体可行"))));
  }

  /** The member of the unit a reading task is offered to. */
  private String readerOf(JsonNode task) {
    for (JsonNode link : steps.as(TalkDriver.ADMIN).engine("GET",
        "/task/" + task.path("id").asText() + "/identity-links?type=candidate", null).ok().list()) {
      String member = TalkDriver.UNIT_MEMBERS.get(link.path("groupId").asText());
      if (member != null) {
        return member;
      }
    }
    throw new AssertionError("no unit member may read " + task);
  }

  /** The running process instances that carry markers, with a readable label for each. */
  Map<String, String> instances() {
    Map<String, String> labels = new LinkedHashMap<>();
    label(labels, talkA, "talkA");
    label(labels, timelyTalk, "timelyTalk");
    if (proposal != null) {
      labels.put(proposal, "proposal");
    }
    return labels;
  }

  private void label(Map<String, String> labels, String talkId, String name) {
    if (talkId == null) {
      return;
    }
    labels.put(talkId, name);
    for (JsonNode instance : steps.as(TalkDriver.ADMIN).engine("GET",
        "/process-instance?businessKey=" + TalkDriver.enc(talkId), null).ok().list()) {
      String id = instance.path("id").asText();
      if (!id.equals(talkId)) {
        labels.put(id, name + "." + instance.path("definitionId").asText().replaceAll(":.*", ""));
      }
    }
    for (JsonNode instance : steps.as(TalkDriver.ADMIN).engine("GET",
        "/history/process-instance?processInstanceBusinessKey=" + TalkDriver.enc(talkId), null).ok().list()) {
      String id = instance.path("id").asText();
      labels.putIfAbsent(id, name + "." + instance.path("processDefinitionKey").asText());
    }
  }
}

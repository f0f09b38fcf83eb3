package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;

/**
 * One regular talk from start to archive, driven purely through REST the way the users of the
 * tests' organization (fixture/organization.yaml) would drive it from Tasklist: each person
 * authenticates as themself (HTTP basic, demo password), the office starts the talk with the start
 * form, every person finds their tasks by assignee or by candidate group, claims group tasks and
 * completes them with {@code submit-form}; the archive is then read from {@code /api/archives}.
 * Overviews of all tasks of the talk are read as the administrator, the only one who sees them all.
 *
 * <p>Plain code, parameterized by the base URL of a running application, so the same scenario runs
 * against any database (see {@link RegularTalkRestIT} and {@link RegularTalkPostgresIT}).
 *
 * <p>The talk takes place today (China time), so every rectification deadline lies in the future
 * and no timer fires while the scenario runs.
 */
public class RegularTalkRestFlow {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  /** The five cooperating units of article 6, a member of each, and the unit's name in the seeds. */
  private static final Map<String, String[]> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("discipline", new String[] {"zhenghua", "市纪委监委"});
    UNITS.put("organization", new String[] {"xuming", "市委组织部"});
    UNITS.put("propaganda", new String[] {"majun", "市委宣传部"});
    UNITS.put("inspection", new String[] {"zhuhong", "市委巡察办"});
    UNITS.put("audit", new String[] {"hulin", "市审计局"});
  }

  /** The committee's leadership team: the talker and the others, none of them told of the measures. */
  private static final List<String> COMMITTEE_LEADERS =
      List.of("lijianguo", "zhaomin", "chenzhiqiang", "sunli", "zhouhai", "wufang");

  /** The other members of 青山县委's own leadership team, whom the talkee informs (article 11). */
  private static final List<String> TALKEE_TEAM = List.of("liuzhiyuan", "chenjing", "yangfan");

  private static final String TALKER = "lijianguo";
  private static final String TALKEE = "wanghai";
  private static final String OFFICE_A = "huangjing";
  private static final String OFFICE_B = "liuyang";

  private static final String ADMIN = "admin";

  private final Rest rest;
  private final LocalDate today = LocalDate.now(CHINA);
  /** A week ahead, but within this year, since the talk is planned for this year. */
  private final LocalDate planned = today.plusDays(7).getYear() == today.getYear()
      ? today.plusDays(7) : today;
  private String talkId;

  public RegularTalkRestFlow(String baseUrl) {
    this.rest = new Rest(baseUrl);
  }

  /** Runs the whole scenario; returns the id of the archived talk. */
  public String run() {
    refusedStarts();
    start();
    preparation();
    holdTalk();
    measures();
    acknowledgements();
    results();
    archive();
    processesEnded();
    archived();
    return talkId;
  }

  // ---------------------------------------------------------------------------------------------
  // Start

  private void refusedStarts() {
    long running = as(OFFICE_B).engine("GET", "/process-instance/count?processDefinitionKey=regularTalk", null)
        .ok().json().path("count").asLong();
    long historic = historicTalkCount();

    // Article 7: a county secretary's regular talk is held by the committee secretary.
    String article7 = refusedStart(startVariables("qingshan", "zhaomin", planned));
    assertThat(article7).as("article 7 refusal").contains("第七条").contains("上一级党委书记");

    String pastDate = refusedStart(startVariables("qingshan", TALKER, today.minusDays(1)));
    assertThat(pastDate).contains("计划谈话日期不能早于今天");

    Map<String, Object> noTalker = startVariables("qingshan", TALKER, planned);
    noTalker.remove("talkerId");
    assertThat(refusedStart(noTalker)).contains("请填写“谈话人”");

    Map<String, Object> wrongYear = startVariables("qingshan", TALKER, planned);
    wrongYear.put("planYear", Map.of("value", planned.getYear() + 1, "type", "Integer"));
    assertThat(refusedStart(wrongYear)).contains("计划谈话日期应在" + (planned.getYear() + 1) + "年度内");

    // the organization and the talker are picked: a value that is not a choice is refused
    assertThat(refusedStart(startVariables("qingshanqu", TALKER, planned)))
        .contains("“被谈话人所在党组织”的取值“qingshanqu”不在可选范围内");
    assertThat(refusedStart(startVariables("青山县委", TALKER, planned)))
        .as("a name instead of the choice's id: told which id to send")
        .contains("不在可选范围内").contains("应提交“qingshan”");
    assertThat(refusedStart(startVariables("qingshan", "liuyang", planned)))
        .as("only the leadership team may hold a talk (article 7): the office is no choice")
        .contains("“谈话人”的取值“liuyang”不在可选范围内");

    assertThat(as(OFFICE_B).engine("GET", "/process-instance/count?processDefinitionKey=regularTalk", null)
        .ok().json().path("count").asLong())
        .as("a refused start creates no running talk").isEqualTo(running);
    assertThat(historicTalkCount()).as("a refused start leaves no trace in history").isEqualTo(historic);
  }

  private String refusedStart(Map<String, Object> variables) {
    Response response = as(OFFICE_B).engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", variables));
    return refusal(response);
  }

  private long historicTalkCount() {
    return as(OFFICE_B).engine("GET", "/history/process-instance/count?processDefinitionKey=regularTalk", null)
        .ok().json().path("count").asLong();
  }

  private void start() {
    // The office picks the organization and the talker from lists: the form hands in their ids.
    JsonNode instance = as(OFFICE_B).engine("POST", "/process-definition/key/regularTalk/submit-form",
        Map.of("variables", startVariables("qingshan", TALKER, planned))).ok().json();
    talkId = instance.path("id").asText();
    assertThat(talkId).isNotBlank();
    assertThat(instance.path("businessKey").asText()).as("business key = talk id").isEqualTo(talkId);

    JsonNode vars = as(OFFICE_A).engine("GET", "/process-instance/" + talkId + "/variables", null).ok().json();
    assertThat(text(vars, "organizationId")).isEqualTo("qingshan");
    assertThat(text(vars, "talkType")).isEqualTo("REGULAR");
    assertThat(text(vars, "talkerId")).isEqualTo(TALKER);
    assertThat(text(vars, "talkeeId")).as("talkee defaults to the top leader").isEqualTo(TALKEE);
    assertThat(vars.has("talkeeName") || vars.has("organizationName"))
        .as("the talk's record keeps names and content; the process has ids, dates and decisions")
        .isFalse();
    assertThat(text(vars, "talkId")).isEqualTo(talkId);
    assertThat(text(vars, "plannedTalkDate")).isEqualTo(planned.toString());
  }

  private Map<String, Object> startVariables(String organization, String talker, LocalDate date) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("organizationId", string(organization));
    variables.put("talkerId", string(talker));
    variables.put("plannedTalkDate", string(date.toString()));
    variables.put("planYear", Map.of("value", date.getYear(), "type", "Integer"));
    return variables;
  }

  // ---------------------------------------------------------------------------------------------
  // Preparation: talker, talkee and the five cooperating units work in parallel

  private void preparation() {
    Instant dueBeforeTalk = endOfDay(planned.minusDays(1));

    JsonNode prepare = onlyTask("assignee", TALKER);
    expectTask(prepare, "prepareTalk", "谈话准备", TALKER, dueBeforeTalk);
    JsonNode selfInspection = onlyTask("assignee", TALKEE);
    expectTask(selfInspection, "selfInspection", "对照规定开展自查", TALKEE, dueBeforeTalk);

    assertThat(tasks("taskDefinitionKey=provideMaterial")).as("one material task per unit").hasSize(5);
    UNITS.forEach((unit, member) -> {
      JsonNode task = onlyTask("candidateUser", member[0]);
      expectTask(task, "provideMaterial", "提供有关情况和材料", null, dueBeforeTalk);
      assertThat(taskVariable(member[0], task, "unitName").path("value").asText()).isEqualTo(member[1]);
    });
    assertThat(tasks("candidateUser=hexin")).as("the dispatched group supplies nothing here").isEmpty();
    assertThat(tasks("candidateUser=" + OFFICE_A)).as("the office has nothing to do yet").isEmpty();
    assertThat(tasks("taskDefinitionKey=holdTalk")).isEmpty();

    // The talkee forgets the report: refused, the task stays.
    assertThat(refusedSubmit(selfInspection, Map.of())).contains("请填写“自查报告”");
    submit(selfInspection, Map.of("selfInspectionReport", string(SELF_INSPECTION)));

    assertThat(refusedSubmit(prepare, Map.of("preparationMaterials", string("《工作办法》"))))
        .contains("请填写“拟在谈话中指出的主要问题”");
    submit(prepare, Map.of(
        "preparationMaterials", string("《党委(党组)对下级党组织“一把手”开展监督谈话工作办法》;巡察反馈意见"),
        "preparationIssues", string(PREPARATION_ISSUES)));

    List<String> units = new ArrayList<>(UNITS.keySet());
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      String member = UNITS.get(unit)[0];
      JsonNode task = onlyTask("candidateUser", member);
      claim(task, member);
      JsonNode claimed = onlyTask("assignee", member);
      assertThat(claimed.path("id").asText()).isEqualTo(task.path("id").asText());
      if (unit.equals("discipline")) {
        // Only the unit's own staff can be sent to the talk.
        assertThat(refusedSubmit(task, Map.of("material", string(material(unit)),
            "attendee", string("xuming")))).contains("派员参与谈话的人员应为市纪委监委的工作人员");
        submit(task, Map.of("material", string(material(unit)), "attendee", string("zhenghua")));
      } else {
        assertThat(refusedSubmit(task, Map.of("attendee", string(""))))
            .contains("请填写“有关情况和材料”");
        submit(task, Map.of("material", string(material(unit))));
      }
      boolean last = i == units.size() - 1;
      if (last) {
        // the preparation branches join in a background job, one at a time per talk
        awaitTasks("taskDefinitionKey=holdTalk", 1);
      } else {
        assertThat(tasks("taskDefinitionKey=holdTalk"))
            .as("the talk waits for every unit's material").isEmpty();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The talk and its record (article 10)

  private void holdTalk() {
    JsonNode task = onlyTask("assignee", TALKER);
    expectTask(task, "holdTalk", "开展谈话并形成谈话记录", TALKER, endOfDay(planned));

    String summary = taskVariable(task, "materialsSummary").path("value").asText();
    UNITS.forEach((unit, member) ->
        assertThat(summary).contains("【" + member[1] + "】" + material(unit)));
    // the attendees are picked: the person the discipline commission named comes first, ticked
    JsonNode form = as(TALKER).engine("GET", "/task/" + task.path("id").asText() + "/deployed-form", null)
        .ok().json();
    JsonNode attendees = form.findParents("key").stream()
        .filter(c -> c.path("key").asText().equals("attendeeIds")).findFirst().orElseThrow();
    assertThat(attendees.path("values").get(0).path("value").asText()).isEqualTo("zhenghua");
    assertThat(attendees.path("values").get(0).path("label").asText()).isEqualTo("郑华(市纪委监委)");
    assertThat(attendees.path("values").findValuesAsText("value")).contains("liuyang", "xuming")
        .doesNotContain(TALKER, TALKEE);
    assertThat(attendees.path("defaultValue").toString()).isEqualTo("[\"zhenghua\"]");
    assertThat(taskVariable(task, "selfInspectionReport").path("value").asText())
        .isEqualTo(SELF_INSPECTION);

    Map<String, Object> record = talkRecord(today);

    // A record cannot be dated after today: the talk must have taken place.
    assertThat(refusedSubmit(task, talkRecord(today.plusDays(1)))).contains("谈话日期不能晚于今天");

    Map<String, Object> incomplete = new LinkedHashMap<>(record);
    incomplete.remove("commitment");
    incomplete.put("problems", string("  \n "));
    assertThat(refusedSubmit(task, incomplete))
        .contains("请填写“(五)被谈话人作表态发言”")
        .contains("请填写“(二)谈话人通报有关情况,严肃指出问题”");

    Map<String, Object> listInsteadOfText = new LinkedHashMap<>(record);
    listInsteadOfText.put("requirements", json(List.of(Map.of("requirement", "整改"))));
    assertThat(refusedSubmit(task, listInsteadOfText)).contains("“(四)谈话人提出整改要求”应为文字");

    Map<String, Object> notAChoice = new LinkedHashMap<>(record);
    notAChoice.put("attendeeIds", json(List.of("zhenghua", "郑华")));
    assertThat(refusedSubmit(task, notAChoice))
        .contains("“参加谈话人员”的取值“郑华”不在可选范围内").contains("应提交“zhenghua”");

    assertThat(tasks("taskDefinitionKey=submitMeasures")).as("nothing moved on").isEmpty();
    submit(task, record);
  }

  private Map<String, Object> talkRecord(LocalDate talkDate) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", string(talkDate.toString()));
    // picked: the person the unit sent and the office's note-taker, written with their units
    record.put("attendeeIds", json(List.of("zhenghua", "liuyang")));
    record.put("selfInspectionHeard", string("王海同志报告了对照规定开展自查的情况。"));
    record.put("problems", string(lines(PROBLEMS)));
    record.put("explanation", string("对指出的问题作了说明,表示诚恳接受。"));
    record.put("requirements", string(lines(REQUIREMENTS)));
    record.put("commitment", string("坚决整改,按期报送整改措施和整改情况。"));
    return record;
  }

  // ---------------------------------------------------------------------------------------------
  // Rectification (article 11): measures within a month, returned once, then accepted

  private void measures() {
    Instant measuresDue = endOfDay(today.plusMonths(1));
    List<JsonNode> called = as(OFFICE_A).engine("GET", "/process-instance?superProcessInstance=" + talkId, null)
        .ok().list();
    assertThat(called).as("the rectification process is called").hasSize(1);
    assertThat(called.get(0).path("businessKey").asText()).isEqualTo(talkId);
    assertThat(called.get(0).path("definitionId").asText()).startsWith("rectification:");

    JsonNode task = onlyTask("assignee", TALKEE);
    expectTask(task, "submitMeasures", "提出整改措施", TALKEE, measuresDue);
    assertThat(instant(taskVariable(task, "measuresDue").path("value").asText())).isEqualTo(measuresDue);
    assertThat(instant(taskVariable(task, "resultsDue").path("value").asText()))
        .isEqualTo(endOfDay(today.plusMonths(3)));

    assertThat(refusedSubmit(task, measures("第一稿")))
        .contains("请填写“谈话后的思想认识”");
    assertThat(refusedSubmit(task, Map.of("reflections", string(REFLECTIONS),
        "firstResponsibilityMeasures", string(" "), "otherMeasures", string("\n"))))
        .contains("请至少填写一条整改措施");
    Map<String, Object> firstDraft = new LinkedHashMap<>(measures("第一稿"));
    firstDraft.put("reflections", string("第一稿思想认识"));
    submit(task, firstDraft);

    JsonNode review = onlyTask("candidateUser", OFFICE_A);
    // the office's own duty: office-deadlines.dmn gives ten days from the day the measures arrive
    expectTask(review, "reviewMeasures", "审核整改措施", null, endOfDay(today.plusDays(10)));
    assertThat(onlyTask("candidateUser", OFFICE_B).path("id").asText())
        .as("every office member sees the review").isEqualTo(review.path("id").asText());
    assertThat(tasks("candidateUser=zhenghua")).as("the review is the office's").isEmpty();
    claim(review, OFFICE_A);
    assertThat(refusedSubmit(review, Map.of("measuresDecision", string("RETURN"))))
        .contains("请填写退回理由");
    assertThat(refusedSubmit(review, Map.of("measuresDecision", string("MAYBE"))))
        .contains("“审核结论”的取值“MAYBE”不在可选范围内");
    submit(review, Map.of("measuresDecision", string("RETURN"),
        "measuresReviewComment", string(RETURN_REASON)));

    // Returned: back to the talkee with the reason; the deadline does not move.
    JsonNode again = onlyTask("assignee", TALKEE);
    expectTask(again, "submitMeasures", "提出整改措施", TALKEE, measuresDue);
    assertThat(taskVariable(again, "measuresReturnReason").path("value").asText()).isEqualTo(RETURN_REASON);
    Map<String, Object> corrected = new LinkedHashMap<>(measures(""));
    corrected.put("reflections", string(REFLECTIONS));
    submit(again, corrected);

    JsonNode secondReview = onlyTask("candidateUser", OFFICE_B);
    expectTask(secondReview, "reviewMeasures", "审核整改措施", null, endOfDay(today.plusDays(10)));
    claim(secondReview, OFFICE_B);
    submit(secondReview, Map.of("measuresDecision", string("ACCEPT"),
        "measuresReviewComment", string("措施具体可行,予以通过。")));
  }

  /** The measures as the form submits them: one per line, in two lists. */
  private static Map<String, Object> measures(String draft) {
    return Map.of("firstResponsibilityMeasures", string(draft + MEASURE_FIRST_RESPONSIBILITY),
        "otherMeasures", string(draft + MEASURE_OTHER));
  }

  private static String lines(List<String> items) {
    return String.join("\n", items);
  }

  // ---------------------------------------------------------------------------------------------
  // First-responsibility measures: the talkee informs the other members of his own leadership team
  // (article 11), never the committee's leadership

  private void acknowledgements() {
    List<JsonNode> informs = tasksSeenBy(TALKEE, "taskDefinitionKey=informTeam");
    assertThat(informs).as("the talkee's 通报领导班子其他成员").hasSize(1);
    JsonNode inform = informs.get(0);
    expectTask(inform, "informTeam", "通报领导班子其他成员", TALKEE, endOfDay(today.plusMonths(1)));
    assertThat(taskVariable(inform, "firstResponsibilityMeasures").path("value").asText())
        .isEqualTo(MEASURE_FIRST_RESPONSIBILITY);
    assertThat(tasks("taskDefinitionKey=acknowledgeMeasures")).as("before the talkee informs").isEmpty();
    assertThat(refusedSubmit(inform, Map.of("informedOn", string(today.plusDays(1).toString()),
        "informedHow", string("STANDING_COMMITTEE")))).contains("通报日期不能晚于今天");
    assertThat(refusedSubmit(inform, Map.of("informedOn", string(today.minusDays(1).toString()),
        "informedHow", string("STANDING_COMMITTEE")))).contains("通报日期不能早于谈话日期");
    submit(inform, Map.of("informedOn", string(today.toString()),
        "informedHow", string("STANDING_COMMITTEE"), "informedNote", string("县委常委会会议")));

    assertThat(tasks("taskDefinitionKey=acknowledgeMeasures")).hasSize(TALKEE_TEAM.size());
    for (String leader : COMMITTEE_LEADERS) {
      assertThat(tasks("assignee=" + leader)).as("the 市委 member %s is not informed", leader).isEmpty();
    }
    for (String member : TALKEE_TEAM) {
      JsonNode task = onlyTask("assignee", member);
      expectTask(task, "acknowledgeMeasures", "知悉第一责任人职责整改措施", member, null);
      assertThat(taskVariable(task, "firstResponsibilityMeasures").path("value").asText())
          .isEqualTo(MEASURE_FIRST_RESPONSIBILITY);
      if (member.equals(TALKEE_TEAM.get(0))) {
        assertThat(refusedSubmit(task, Map.of("acknowledged", bool(false)))).contains("请勾选“已阅知”");
        assertThat(refusedSubmit(task, Map.of())).contains("请填写“已阅知”");
      }
      submit(task, Map.of("acknowledged", bool(true)));
    }
    assertThat(tasks("taskDefinitionKey=acknowledgeMeasures")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Results within three months, reviewed as rectified

  private void results() {
    JsonNode task = onlyTask("assignee", TALKEE);
    expectTask(task, "submitResults", "报告整改情况", TALKEE, endOfDay(today.plusMonths(3)));
    assertThat(refusedSubmit(task, Map.of("results", string("  ")))).contains("请填写“整改情况报告”");
    submit(task, Map.of("results", string(RESULTS)));

    JsonNode review = onlyTask("candidateUser", OFFICE_A);
    expectTask(review, "reviewResults", "审核整改情况", null, endOfDay(today.plusDays(15)));
    claim(review, OFFICE_A);
    assertThat(refusedSubmit(review, Map.of("resultsDecision", string("PERFUNCTORY"))))
        .contains("请填写审核意见");
    submit(review, Map.of("resultsDecision", string("RECTIFIED"),
        "resultsReviewComment", string("整改到位。")));
  }

  // ---------------------------------------------------------------------------------------------
  // Archive and copies (article 12)

  private void archive() {
    JsonNode task = onlyTask("candidateUser", OFFICE_A);
    expectTask(task, "prepareArchive", "汇总整理归档材料", null, endOfDay(today.plusDays(15)));
    String preview = taskVariable(OFFICE_A, task, "archivePreview").path("value").asText();
    assertThat(preview).contains("王海(中共青山县委员会)").contains("谈话人: 李建国")
        .contains(PROBLEMS.get(0)).contains("审核结论: 整改到位").contains("逾期情况: 无");
    claim(task, OFFICE_A);
    assertThat(refusedSubmit(task, Map.of("copyToExtra", json(List.of("everybody")))))
        .contains("“同时抄送”的取值“everybody”不在可选范围内");
    submit(task, Map.of("copyToExtra", json(List.of("propaganda")), "archiveRemark", string(REMARK)));

    List<JsonNode> reading = tasks("taskDefinitionKey=readArchive");
    assertThat(reading).as("one reading task per recipient").hasSize(3);
    for (String[] recipient : new String[][] {
        {"discipline", "zhenghua"}, {"organization", "xuming"}, {"propaganda", "majun"}}) {
      JsonNode read = onlyTask("candidateUser", recipient[1]);
      expectTask(read, "readArchive", "查阅抄送的谈话材料", null, null);
      assertThat(taskVariable(recipient[1], read, "recipient").path("value").asText()).isEqualTo(recipient[0]);
      assertThat(taskVariable(recipient[1], read, "archiveSummary").path("value").asText())
          .contains("审核结论: 整改到位").contains(MEASURE_FIRST_RESPONSIBILITY + "(第一责任人职责)");
      claim(read, recipient[1]);
      if (recipient[0].equals("discipline")) {
        assertThat(refusedSubmit(read, Map.of())).contains("请填写“已查阅”");
      }
      submit(read, Map.of("archiveRead", bool(true)));
    }
    assertThat(tasks("candidateUser=zhuhong")).as("inspection was not copied").isEmpty();
  }

  private void processesEnded() {
    awaitTasks("", 0);
    awaitStatus("/process-instance/" + talkId, 404);
    assertThat(as(OFFICE_A).engine("GET", "/process-instance/" + talkId, null).status())
        .as("the talk is no longer running").isEqualTo(404);
    JsonNode talk = as(OFFICE_A).engine("GET", "/history/process-instance/" + talkId, null).ok().json();
    assertThat(talk.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(as(OFFICE_A).engine("GET", "/history/activity-instance?processInstanceId=" + talkId
        + "&activityId=talkArchived&finished=true", null).ok().list())
        .as("the talk reached its end event 谈话已归档").hasSize(1);
    List<JsonNode> called = as(OFFICE_A).engine("GET",
        "/history/process-instance?superProcessInstanceId=" + talkId, null).ok().list();
    assertThat(called).hasSize(1);
    assertThat(called.get(0).path("state").asText()).isEqualTo("COMPLETED");
    assertThat(as(OFFICE_A).get("/api/archives/" + talkId).ok().json().path("outcome").asText())
        .as("the outcome is the talk's record").isEqualTo("RECTIFIED");
  }

  private void archived() {
    JsonNode a = as(OFFICE_A).get("/api/archives/" + talkId).ok().json();
    assertThat(a.path("talkId").asText()).isEqualTo(talkId);
    assertThat(a.path("talkType").asText()).isEqualTo("REGULAR");
    assertThat(a.path("organizationId").asText()).isEqualTo("qingshan");
    assertThat(a.path("organizationName").asText()).isEqualTo("中共青山县委员会");
    assertThat(a.path("talkeeId").asText()).isEqualTo(TALKEE);
    assertThat(a.path("talkeeName").asText()).isEqualTo("王海");
    assertThat(a.path("talkerId").asText()).isEqualTo(TALKER);
    assertThat(a.path("talkerName").asText()).isEqualTo("李建国");
    assertThat(a.path("plannedTalkDate").asText()).isEqualTo(planned.toString());
    assertThat(a.path("talkDate").asText()).isEqualTo(today.toString());
    assertThat(a.path("attendees").asText()).isEqualTo("郑华(市纪委监委)、刘洋(市委办公室)");

    JsonNode record = a.path("talkRecord");
    assertThat(record.path("selfInspectionHeard").asText()).isEqualTo("王海同志报告了对照规定开展自查的情况。");
    assertThat(strings(record.path("problems"))).isEqualTo(PROBLEMS);
    assertThat(record.path("explanation").asText()).isEqualTo("对指出的问题作了说明,表示诚恳接受。");
    assertThat(strings(record.path("requirements"))).isEqualTo(REQUIREMENTS);
    assertThat(record.path("commitment").asText()).isEqualTo("坚决整改,按期报送整改措施和整改情况。");
    assertThat(record.path("selfInspectionReport").asText()).isEqualTo(SELF_INSPECTION);
    assertThat(record.path("preparationIssues").asText()).isEqualTo(PREPARATION_ISSUES);

    JsonNode materials = a.path("materials");
    assertThat(materials.size()).as("material of the five units").isEqualTo(5);
    Map<String, JsonNode> byUnit = new LinkedHashMap<>();
    materials.forEach(m -> byUnit.put(m.path("unit").asText(), m));
    assertThat(byUnit.keySet()).containsExactlyInAnyOrderElementsOf(UNITS.keySet());
    UNITS.forEach((unit, member) -> {
      JsonNode m = byUnit.get(unit);
      assertThat(m.path("unitName").asText()).isEqualTo(member[1]);
      assertThat(m.path("material").asText()).isEqualTo(material(unit));
    });
    assertThat(byUnit.get("discipline").path("attendeeId").asText()).isEqualTo("zhenghua");
    assertThat(byUnit.get("discipline").path("attendeeName").asText()).isEqualTo("郑华");
    assertThat(byUnit.get("audit").path("attendeeId").isNull()).isTrue();

    assertThat(a.path("reflections").asText()).isEqualTo(REFLECTIONS);
    JsonNode measures = a.path("measures");
    assertThat(measures.size()).isEqualTo(2);
    assertThat(measures.get(0).path("content").asText()).isEqualTo(MEASURE_FIRST_RESPONSIBILITY);
    assertThat(measures.get(0).path("firstResponsibility").asBoolean()).isTrue();
    assertThat(measures.get(1).path("content").asText()).isEqualTo(MEASURE_OTHER);
    assertThat(measures.get(1).path("firstResponsibility").asBoolean()).isFalse();
    assertThat(OffsetDateTime.parse(a.path("measuresDue").asText()).toInstant())
        .isEqualTo(endOfDay(today.plusMonths(1)));
    assertThat(OffsetDateTime.parse(a.path("resultsDue").asText()).toInstant())
        .isEqualTo(endOfDay(today.plusMonths(3)));
    assertThat(a.path("measuresSubmittedAt").isNull()).as("measures submitted at").isFalse();
    assertThat(a.path("results").asText()).isEqualTo(RESULTS);
    assertThat(a.path("resultsSubmittedAt").isNull()).as("results submitted at").isFalse();

    JsonNode reviews = a.path("reviews");
    assertThat(reviews.size()).as("every review is kept").isEqualTo(3);
    expectReview(reviews.get(0), "MEASURES", "RETURN", RETURN_REASON, OFFICE_A);
    expectReview(reviews.get(1), "MEASURES", "ACCEPT", "措施具体可行,予以通过。", OFFICE_B);
    expectReview(reviews.get(2), "RESULTS", "RECTIFIED", "整改到位。", OFFICE_A);

    assertThat(a.path("outcome").asText()).isEqualTo("RECTIFIED");
    assertThat(strings(a.path("missedDeadlines"))).isEmpty();
    assertThat(a.path("remark").asText()).isEqualTo(REMARK);
    assertThat(a.path("archivedBy").asText()).isEqualTo(OFFICE_A);
    assertThat(a.path("archivedAt").isNull()).isFalse();
    assertThat(strings(a.path("copiedTo")))
        .containsExactlyInAnyOrder("discipline", "organization", "propaganda");

    assertThat(ids(as(OFFICE_A).get("/api/archives?copiedTo=propaganda").ok().list())).contains(talkId);
    assertThat(ids(as(OFFICE_A).get("/api/archives?copiedTo=inspection").ok().list())).doesNotContain(talkId);
    assertThat(ids(as(OFFICE_A).get("/api/archives?talkeeId=" + TALKEE).ok().list())).contains(talkId);
    Response missing = as(OFFICE_A).get("/api/archives/no-such-talk");
    assertThat(missing.status()).isEqualTo(404);
  }

  private static void expectReview(JsonNode review, String stage, String decision, String comment,
      String reviewer) {
    assertThat(review.path("stage").asText()).isEqualTo(stage);
    assertThat(review.path("decision").asText()).isEqualTo(decision);
    assertThat(review.path("comment").asText()).isEqualTo(comment);
    assertThat(review.path("reviewerId").asText()).as("reviewer of " + stage + " " + decision)
        .isEqualTo(reviewer);
  }

  // ---------------------------------------------------------------------------------------------
  // Task helpers

  private Rest as(String user) {
    return rest.as(user);
  }

  /** All tasks of this talk (it and its called rectification share the business key), as admin. */
  private List<JsonNode> tasks(String query) {
    return tasksSeenBy(ADMIN, query);
  }

  /** The tasks of this talk a person sees. */
  private List<JsonNode> tasksSeenBy(String user, String query) {
    return as(user).engine("GET", "/task?processInstanceBusinessKey=" + enc(talkId)
        + (query.isEmpty() ? "" : "&" + query), null).ok().list();
  }

  /** Waits up to 10 s for the job executor to bring the talk to the given number of tasks. */
  private void awaitTasks(String query, int count) {
    jobExecutor().untilAsserted(() ->
        assertThat(tasks(query)).as("tasks of this talk with %s", query).hasSize(count));
  }

  private void awaitStatus(String path, int status) {
    jobExecutor().untilAsserted(() ->
        assertThat(as(OFFICE_A).engine("GET", path, null).status()).as("GET %s", path)
            .isEqualTo(status));
  }

  /** Polls every 100 ms, from at once, for up to 10 s: the job executor's pace (about a second). */
  static ConditionFactory jobExecutor() {
    return await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100));
  }

  /** The single task of this talk a person sees, as themself, by "assignee" or "candidateUser". */
  private JsonNode onlyTask(String how, String user) {
    List<JsonNode> found = tasksSeenBy(user, how + "=" + enc(user));
    assertThat(found).as("tasks of this talk with %s=%s", how, user).hasSize(1);
    return found.get(0);
  }

  private void expectTask(JsonNode task, String key, String name, String assignee, Instant due) {
    assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(key);
    assertThat(task.path("name").asText()).as("name of " + key).isEqualTo(name);
    if (assignee == null) {
      assertThat(task.path("assignee").isNull()).as(key + " is a group task, unclaimed").isTrue();
    } else {
      assertThat(task.path("assignee").asText()).as("assignee of " + key).isEqualTo(assignee);
    }
    if (due == null) {
      assertThat(task.path("due").isNull()).as(key + " has no due date").isTrue();
    } else {
      assertThat(instant(task.path("due").asText())).as("due date of " + key).isEqualTo(due);
    }
  }

  private void claim(JsonNode task, String user) {
    as(user).engine("POST", "/task/" + task.path("id").asText() + "/claim", Map.of("userId", user))
        .expect(204);
    JsonNode claimed = as(user).engine("GET", "/task/" + task.path("id").asText(), null).ok().json();
    assertThat(claimed.path("assignee").asText()).isEqualTo(user);
  }

  /** The task's assignee submits its form. */
  private void submit(JsonNode task, Map<String, Object> variables) {
    as(assignee(task)).engine("POST", "/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", variables)).expect(204);
    assertThat(as(ADMIN).engine("GET", "/task/" + task.path("id").asText(), null).status())
        .as(task.path("name").asText() + " completed").isEqualTo(404);
  }

  /** Submits what the task's form refuses: 400 with a Chinese message, and the task stays open. */
  private String refusedSubmit(JsonNode task, Map<String, Object> variables) {
    String id = task.path("id").asText();
    String user = assignee(task);
    String message = refusal(as(user).engine("POST", "/task/" + id + "/submit-form",
        Map.of("variables", variables)));
    Response still = as(user).engine("GET", "/task/" + id, null);
    assertThat(still.status()).as("task stays open after refusal: " + message).isEqualTo(200);
    assertThat(still.json().path("taskDefinitionKey").asText())
        .isEqualTo(task.path("taskDefinitionKey").asText());
    return message;
  }

  private static String refusal(Response response) {
    assertThat(response.status()).as("refused input: " + response.body()).isEqualTo(400);
    JsonNode body = response.json();
    assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
    String message = body.path("message").asText();
    assertThat(message).as("message").doesNotContain("Cannot", "Exception", "ENGINE-");
    assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN)).as("Chinese message: " + message).isTrue();
    return message;
  }

  /** The person working on the task: its current assignee. */
  private String assignee(JsonNode task) {
    String assignee = as(ADMIN).engine("GET", "/task/" + task.path("id").asText(), null).ok().json()
        .path("assignee").asText("");
    assertThat(assignee).as("task " + task.path("name").asText() + " has an assignee").isNotBlank();
    return assignee;
  }

  /** A variable of an assigned task, as its assignee reads it. */
  private JsonNode taskVariable(JsonNode task, String name) {
    return taskVariable(assignee(task), task, name);
  }

  private JsonNode taskVariable(String user, JsonNode task, String name) {
    return as(user).engine("GET", "/task/" + task.path("id").asText() + "/variables/" + name, null)
        .ok().json();
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /** A text as Camunda Forms submits it. */
  public static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  /** A checkbox as Camunda Forms submits it. */
  public static Map<String, Object> bool(boolean value) {
    return Map.of("value", value, "type", "Boolean");
  }

  /** A list as Camunda Forms submits it: a Json variable holding the serialized list. */
  public static Map<String, Object> json(Object value) {
    try {
      return Map.of("value", Rest.JSON.writeValueAsString(value), "type", "Json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode variables, String name) {
    return variables.path(name).path("value").asText(null);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> ids(List<JsonNode> archives) {
    return archives.stream().map(a -> a.path("talkId").asText()).collect(Collectors.toList());
  }

  /** End of the day in China time: when a deadline falls. */
  static Instant endOfDay(LocalDate day) {
    return ZonedDateTime.of(day, END_OF_DAY, CHINA).toInstant();
  }

  /** The engine REST API's date format, e.g. 2026-12-27T15:59:59.000+0000. */
  private static Instant instant(String engineDate) {
    return OffsetDateTime.parse(engineDate, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
        .toInstant();
  }

  private static String material(String unit) {
    return "关于王海同志及青山县委的有关情况(" + unit + ")";
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static final String SELF_INSPECTION = "对照《工作办法》逐条自查,形成自查报告。";
  private static final String PREPARATION_ISSUES = "落实全面从严治党主体责任不够到位。";
  private static final List<String> PROBLEMS =
      List.of("履行全面从严治党第一责任人职责不到位", "巡察反馈问题整改进度滞后");
  private static final List<String> REQUIREMENTS =
      List.of("一个月内报送整改措施", "三个月内报告整改情况");
  private static final String REFLECTIONS = "深刻认识到问题的严重性,诚恳接受批评。";
  private static final String RETURN_REASON = "整改措施不够具体,缺少完成时限。";
  private static final String MEASURE_FIRST_RESPONSIBILITY = "每季度专题研究党风廉政建设,2027年3月底前完成";
  private static final String MEASURE_OTHER = "巡察反馈问题逐项销号,2027年2月底前完成";
  private static final String RESULTS = "两项整改措施均已完成,巡察反馈问题全部销号。";
  private static final String REMARK = "定期谈话材料已整理归档。";

  // ---------------------------------------------------------------------------------------------

  /** A small JSON-over-HTTP client for the engine REST API and the app's own API. */
  public static final class Rest {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** The password of every demo user and of the default administrator. */
    static final Map<String, String> PASSWORDS = Map.of("admin", "admin");
    static final String DEMO_PASSWORD = "demo";

    private final String base;
    private final String authorization;
    private final HttpClient http;

    public Rest(String base) {
      this(base.endsWith("/") ? base.substring(0, base.length() - 1) : base, null,
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    private Rest(String base, String authorization, HttpClient http) {
      this.base = base;
      this.authorization = authorization;
      this.http = http;
    }

    /** The same client authenticating as the given person (HTTP basic). */
    public Rest as(String user) {
      return as(user, PASSWORDS.getOrDefault(user, DEMO_PASSWORD));
    }

    public Rest as(String user, String password) {
      String credentials = java.util.Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return new Rest(base, "Basic " + credentials, http);
    }

    public Response get(String path) {
      return send("GET", path, null);
    }

    public Response engine(String method, String path, Object body) {
      return send(method, "/engine-rest" + path, body);
    }

    public Response send(String method, String path, Object body) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        if (body == null) {
          request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
          request.header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body),
                  StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(method + " " + path, response.statusCode(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public record Response(String request, int status, String body) {

    public Response expect(int expected) {
      assertThat(status).as(request + " → " + body).isEqualTo(expected);
      return this;
    }

    public Response ok() {
      return expect(200);
    }

    public JsonNode json() {
      try {
        return Rest.JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError(request + " did not answer JSON: " + body, e);
      }
    }

    public List<JsonNode> list() {
      JsonNode array = json();
      assertThat(array.isArray()).as(request + " answers a list").isTrue();
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      return items;
    }
  }
}

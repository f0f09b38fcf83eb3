package cn.supervisiontalk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.Jobs;
import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.talk.Material;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

/**
 * Notices from task events and the office's talk notice: who gets one, of which kind, what it says
 * (task, organization and talkee only), the unread count and marking read, and that a talkee never
 * hears of the units' tasks (article 16).
 */
class NoticeTest extends ProcessTestSupport {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Autowired NoticeController api;
  @Autowired TalkNoticeController talkNotices;
  @Autowired IdentityService identity;
  @Autowired MaterialRepository materials;

  record Row(String recipientId, String kind, String taskId, String talkId, String subject, String body) {
  }

  @BeforeEach
  void today() {
    clockAt(TODAY, 9);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  List<Row> notices(String recipient) {
    return jdbc.sql("""
        select recipient_id, kind, task_id, talk_id, subject, body from notification
        where recipient_id = ? order by id""")
        .param(recipient).query((rs, n) -> new Row(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list();
  }

  ProcessInstance rectification() {
    String talkId = heldTalk("qingshan", "wanghai", "王海", TODAY);
    return runtime.startProcessInstanceByKey("rectification", talkId, vars("talkId", talkId));
  }

  Task task(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  @Test
  void anAssigneeGetsOneNoticeAndEachMemberOfAGroupOne() {
    ProcessInstance pi = rectification();
    Task measures = task(pi, "submitMeasures");

    assertThat(notices("wanghai")).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo("TASK");
      assertThat(n.taskId()).isEqualTo(measures.getId());
      assertThat(n.talkId()).as("a task's notice stays out of the talk's timeline").isNull();
      assertThat(n.subject()).isEqualTo("新的待办: 提出整改措施(qingshan党组织 王海)");
      assertThat(n.body()).startsWith("王海同志:").contains("「提出整改措施」");
    });

    new RectificationSteps(engine).submitMeasures(pi, false);
    Task review = task(pi, "reviewMeasures");
    for (String member : List.of("liuyang", "huangjing")) {
      assertThat(notices(member)).singleElement().satisfies(n -> {
        assertThat(n.taskId()).isEqualTo(review.getId());
        assertThat(n.subject()).isEqualTo("新的待办: 审核整改措施(qingshan党组织 王海)");
        assertThat(n.body()).contains("您所在单位有一项新的待办");
      });
    }
    assertThat(notices("wanghai")).hasSize(1);
  }

  @Test
  void returnedMeasuresGiveTheTalkeeAReturnedNotice() {
    ProcessInstance pi = rectification();
    RectificationSteps steps = new RectificationSteps(engine);
    steps.submitMeasures(pi, false);
    steps.review(pi, "reviewMeasures", "RETURN", "措施不够具体");

    Row returned = notices("wanghai").get(1);
    assertThat(returned.kind()).isEqualTo("RETURNED");
    assertThat(returned.subject()).isEqualTo("被退回: 提出整改措施(qingshan党组织 王海)");
    assertThat(returned.body()).contains("被退回").doesNotContain("措施不够具体");
    assertThat(returned.taskId()).isEqualTo(task(pi, "submitMeasures").getId());
  }

  @Test
  void aCopyGivesEachRecipientANotice() {
    ProcessInstance pi = rectification();
    RectificationSteps steps = new RectificationSteps(engine);
    steps.submitMeasures(pi, false);
    steps.review(pi, "reviewMeasures", "ACCEPT", null);
    Jobs.runAll(engine);

    for (String member : List.of("zhenghua", "fengtao", "xuming")) {
      assertThat(notices(member)).filteredOn(n -> n.kind().equals("COPY")).singleElement()
          .satisfies(n -> assertThat(n.subject()).isEqualTo("收到抄送: 阅知抄送的整改措施(qingshan党组织 王海)"));
    }
    assertThat(notices("wanghai")).noneMatch(n -> n.kind().equals("COPY"));
  }

  @Test
  void aTalkeeNeverHearsOfTheUnitsTasks() {
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-03-20", "planYear", 2027));

    List<String> unitTasks = tasks.createTaskQuery().processInstanceId(talk.getId())
        .taskDefinitionKey("provideMaterial").list().stream().map(Task::getId).toList();
    assertThat(unitTasks).isNotEmpty();
    assertThat(notices("zhenghua")).extracting(Row::taskId).containsAnyElementsOf(unitTasks);
    assertThat(notices("wanghai")).extracting(Row::taskId)
        .containsExactly(task(talk, "selfInspection").getId());
    assertThat(notices("lijianguo")).extracting(Row::taskId)
        .containsExactly(task(talk, "prepareTalk").getId());
    assertThat(notices("wanghai")).allSatisfy(n -> assertThat(n.body()).doesNotContain("材料"));
  }

  @Test
  void unreadCountAndMarkingRead() {
    rectification();
    ProcessInstance other = rectification();
    identity.setAuthentication("wanghai", List.of("talkee"), List.of("jiangzhou"));

    assertThat(api.unreadCount()).containsEntry("unread", 2L);
    Map<String, Object> page = api.list(1, 1);
    assertThat(page).containsEntry("total", 2L).containsEntry("pages", 2L).containsEntry("unread", 2L);
    @SuppressWarnings("unchecked")
    Map<String, Object> newest = ((List<Map<String, Object>>) page.get("rows")).get(0);
    assertThat(newest).containsEntry("taskId", task(other, "submitMeasures").getId())
        .containsEntry("kindLabel", "新的待办").containsEntry("read", false);

    assertThat(api.read((Long) newest.get("id"))).containsEntry("unread", 1L);
    assertThat(api.unreadCount()).containsEntry("unread", 1L);
    assertThat(api.readAll()).containsEntry("unread", 0L);
    assertThat(api.unreadCount()).containsEntry("unread", 0L);

    identity.setAuthentication("liuyang", List.of("office"), List.of("jiangzhou"));
    assertThat(api.unreadCount()).containsEntry("unread", 0L);
    assertThatThrownBy(() -> api.read((Long) newest.get("id")))
        .isInstanceOfSatisfying(ResponseStatusException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    assertThatThrownBy(() -> api.list(0, 20)).isInstanceOf(ResponseStatusException.class)
        .hasMessageContaining("页码");
    assertThatThrownBy(() -> api.list(1, 101)).isInstanceOf(ResponseStatusException.class)
        .hasMessageContaining("1至100");
  }

  @Test
  void theTalkNoticeReachesTheTalkeeTheTalkerAndTheAttendees() {
    String talkId = "talk-notice-" + System.nanoTime();
    talks.insert(new Talk(talkId, TalkType.REGULAR, "qingshan", "青山县委", "COUNTY", "wanghai", "王海",
        "lijianguo", "李建国", 2027, LocalDate.of(2027, 3, 20), null, null, null, deadlines.now(),
        TalkStage.PREPARATION, null, null, null, null, null, null, null, false),
        new Grounds(null, null, null), "liuyang", "jiangzhou");
    materials.insert(talkId, new Material("discipline", "纪委监委材料", "zhenghua", "fengtao", deadlines.now()));
    materials.insert(talkId, Material.waived("audit", "liuyang", deadlines.now(), "不再等待"));
    identity.setAuthentication("liuyang", List.of("office"), List.of("jiangzhou"));

    Map<String, Object> answer = talkNotices.announce(talkId,
        new HashMap<>(Map.of("time", "2027-03-20T09:30", "place", "市委第三会议室")));

    assertThat(answer.get("notified").toString()).contains("王海", "李建国", "郑华");
    for (String person : List.of("wanghai", "lijianguo", "zhenghua")) {
      assertThat(notices(person)).singleElement().satisfies(n -> {
        assertThat(n.kind()).isEqualTo("TALK_NOTICE");
        assertThat(n.talkId()).isEqualTo(talkId);
        assertThat(n.subject()).isEqualTo("谈话通知: 青山县委王海同志监督谈话定于2027年3月20日 09:30");
        assertThat(n.body()).contains("市委第三会议室").doesNotContain("纪委监委材料");
      });
    }
    assertThat(notices("fengtao")).isEmpty();

    talkNotices.announce(talkId, new HashMap<>(Map.of("time", "2027-03-21T15:00", "place", "市委第一会议室")));
    assertThat(notices("wanghai")).last().satisfies(n ->
        assertThat(n.subject()).startsWith("谈话通知(变更): ").endsWith("2027年3月21日 15:00"));

    assertThatThrownBy(() -> talkNotices.announce(talkId, Map.of("time", "2027-02-01T09:00", "place", "会议室")))
        .hasMessageContaining("不能早于现在");
    assertThatThrownBy(() -> talkNotices.announce(talkId, Map.of("time", "明天上午", "place", "会议室")))
        .hasMessageContaining("格式不对");
    assertThatThrownBy(() -> talkNotices.announce(talkId, Map.of("time", "2027-03-20T09:30")))
        .hasMessageContaining("请填写谈话地点");
    assertThatThrownBy(() -> talkNotices.announce("no-such-talk", Map.of("time", "2027-03-20T09:30", "place", "会议室")))
        .isInstanceOfSatisfying(ResponseStatusException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    String held = heldTalk("qingshan", "wanghai", "王海", TODAY);
    assertThatThrownBy(() -> talkNotices.announce(held, Map.of("time", "2027-03-20T09:30", "place", "会议室")))
        .isInstanceOfSatisfying(ResponseStatusException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(409));

    identity.setAuthentication("wanghai", List.of("talkee"), List.of("jiangzhou"));
    assertThatThrownBy(() -> talkNotices.announce(talkId, Map.of("time", "2027-03-20T09:30", "place", "会议室")))
        .isInstanceOfSatisfying(ResponseStatusException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
  }
}

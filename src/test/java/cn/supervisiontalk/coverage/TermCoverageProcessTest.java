package cn.supervisiontalk.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.CommitteeTerm;
import cn.supervisiontalk.organization.CommitteeTermRepository;
import cn.supervisiontalk.organization.CommitteeTerms;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.plan.PlanSteps;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Term history and coverage (processes/term-change.bpmn, processes/term-coverage.bpmn), measured
 * against the holding committee's term (article 5), here 第十四届, 2026-09-28 to 2031-09-27 (the
 * fixture): a talk before the committee's term does not count in it, whatever the talkee's own term;
 * a leader who takes office during the term must be talked to as well; the office is warned six
 * months before the committee's term ends; an arrange task closes when the talk is held otherwise,
 * when the organization's leader changes, or when the term ends (a miss, reported as such).
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:term-coverage-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class TermCoverageProcessTest extends ProcessTestSupport {

  static final LocalDate TERM_END = LocalDate.of(2031, 9, 27);

  @TestConfiguration
  static class FullCoverage {
    @Bean
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("regularTalk", "rectification", "annualPlan",
              "annualReport", "timelyTalk", "talkProposal", "plannedTalk", "measuresNotice", "talkCopy")
          .build();
    }
  }

  @Autowired TermCoverage coverage;
  @Autowired LeaderTermRepository terms;
  @Autowired CommitteeTermRepository committeeTerms;
  @Autowired CommitteeTerms committeeTermRegister;
  @Autowired Directory directory;
  @Autowired IdentityService identity;
  @Autowired CoverageWatch watch;
  @Autowired MockMvc mvc;

  @AfterEach
  void forgetWatchesAndLaterCommitteeTerms() {
    jdbc.sql("delete from coverage_watch").update();
    jdbc.sql("delete from committee_term where name <> '第十四届'").update();
    jdbc.sql("update committee_term set term_end = ? where name = '第十四届'").param(TERM_END).update();
  }

  CommitteeTerm fourteenth() {
    return committeeTerms.findAll("jiangzhou").get(0);
  }

  CoverageRow row(String organizationId) {
    return coverage.current("jiangzhou").stream().filter(r -> r.organizationId().equals(organizationId))
        .filter(CoverageRow::current).findFirst().orElseThrow();
  }

  ProcessInstance watcher(CommitteeTerm term, LeaderTerm tenure) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("termCoverage")
        .processInstanceBusinessKey("coverage-" + term.id() + "-" + tenure.id()).singleResult();
  }

  ProcessInstance watch(String organizationId) {
    LeaderTerm tenure = terms.current(organizationId).orElseThrow();
    assertThat(watch.watch(fourteenth(), tenure)).isTrue();
    return watcher(fourteenth(), tenure);
  }

  @Test
  void aTalkBeforeTheCommitteesTermDoesNotCountInItWhateverTheTalkeesOwnTerm() {
    // 王海's own term (青山县委, 2021-12-20 to 2026-12-19) includes June 2026; the committee's
    // 第十四届 begins on 2026-09-28, so a talk in June belongs to the term before
    clockAt(LocalDate.of(2026, 6, 1), 9);
    ProcessInstance june = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo", "plannedTalkDate", "2026-06-10",
        "planYear", 2026));
    clockAt(LocalDate.of(2026, 6, 10), 15);
    new PlanSteps(this).hold(june, LocalDate.of(2026, 6, 10));

    clockAt(LocalDate.of(2026, 11, 30), 9);
    assertThat(row("qingshan")).extracting(CoverageRow::leaderName, CoverageRow::termName,
        CoverageRow::termStart, CoverageRow::termEnd, CoverageRow::tenureStart,
        CoverageRow::covered, CoverageRow::missed)
        .containsExactly("王海", "第十四届", LocalDate.of(2026, 9, 28), TERM_END,
            LocalDate.of(2021, 12, 20), false, false);
    assertThat(coverage.uncovered("jiangzhou")).extracting(CoverageRow::leaderName).contains("王海");
    // the leader's own term ending (2026-12-19) does not end his coverage: he stays in office
    clockAt(LocalDate.of(2027, 1, 5), 9);
    assertThat(row("qingshan").current()).isTrue();
    assertThat(watch.watchCurrentTerms()).as("every leader in office is watched").isEqualTo(7);
    assertThat(watcher(fourteenth(), terms.current("qingshan").orElseThrow()))
        .isWaitingAt("warningTime");
  }

  @Test
  void aLeaderWhoTakesOfficeDuringTheTermIsWarnedAndCoveredToo() {
    PlanSteps steps = new PlanSteps(this);
    clockAt(LocalDate.of(2027, 3, 1), 9);
    assertThat(row("fagaiwei").covered()).isFalse();

    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "fagaiwei", "talkerId", "zhouhai", "plannedTalkDate", "2027-03-10",
        "planYear", 2027));
    clockAt(LocalDate.of(2027, 3, 10), 15);
    steps.hold(talk, LocalDate.of(2027, 3, 10));
    assertThat(row("fagaiwei")).extracting(CoverageRow::leaderName, CoverageRow::covered,
        CoverageRow::regularTalks).containsExactly("谢东", true, 1);

    // the organization department confirms the new leader; a rejection needs a reason
    clockAt(LocalDate.of(2027, 6, 1), 9);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("termChange", vars(
        "organizationId", "fagaiwei", "leaderId", "NEW", "newLeaderId", "zhanghua", "termStart", "2027-06-01",
        "termEnd", "2028-02-29", "reason", "工作调动")))
        .isInstanceOf(NotValidException.class).hasMessageContaining("请填写新任“一把手”的姓名");
    ProcessInstance change = runtime.startProcessInstanceByKey("termChange", vars(
        "organizationId", "fagaiwei", "leaderId", "NEW", "newLeaderId", "zhanghua", "leaderName", "张华",
        "leaderTitle", "市发展改革委党组书记、主任", "termStart", "2027-06-01",
        "termEnd", "2028-02-29", "reason", "谢东同志调任"));
    assertThat(runtime.getVariable(change.getId(), "leaderId"))
        .as("the person typed in for 「新任人员」 is the new leader the department checks").isEqualTo("zhanghua");
    Task confirm = taskOf(change, "confirmTermChange");
    assertThat(confirm).hasCandidateGroup("organization");
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), vars("termChangeDecision", "REJECT")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("请填写理由");
    tasks.complete(confirm.getId(), vars("termChangeDecision", "CONFIRM"));
    assertThat(change).isEnded().hasPassed("registerTermChange", "termChangeRegistered");

    // both persons led the organization in the committee's term: each is a row of it
    assertThat(coverage.history("fagaiwei")).extracting(CoverageRow::leaderName,
        CoverageRow::tenureStart, CoverageRow::tenureEnd, CoverageRow::covered, CoverageRow::current)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("谢东", LocalDate.of(2023, 3, 1), LocalDate.of(2027, 5, 31), true, false),
            org.assertj.core.groups.Tuple.tuple("张华", LocalDate.of(2027, 6, 1), LocalDate.of(2028, 2, 29), false, true));
    assertThat(row("fagaiwei")).extracting(CoverageRow::leaderId, CoverageRow::covered,
        CoverageRow::daysToTermEnd).containsExactly("zhanghua", false, 1579L);
    assertThat(directory.organization("fagaiwei").topLeaderId()).isEqualTo("zhanghua");
    assertThat(identity.createUserQuery().userId("zhanghua").memberOfGroup("talkee").count()).isOne();

    // six months before the committee's term ends (not his own) the office is asked to arrange it
    LeaderTerm second = terms.current("fagaiwei").orElseThrow();
    ProcessInstance watching = watcher(fourteenth(), second);
    assertThat(watching).as("started when the new leader was recorded").isWaitingAt("warningTime");
    clockAt(LocalDate.of(2031, 3, 26), 23);
    fireDueTimers();
    assertThat(watching).isWaitingAt("warningTime");
    clockAt(LocalDate.of(2031, 3, 27), 8);
    fireDueTimers();
    Task arrange = taskOf(watching, "arrangeCoverageTalk");
    assertThat(arrange).hasCandidateGroup("office");
    assertThat(arrange.getName()).isEqualTo("安排本届任期内定期谈话");
    assertThat(arrange.getDueDate()).isEqualTo(deadlines.endOf(TERM_END));
    assertThat(tasks.getVariableLocal(arrange.getId(), "leaderName")).isEqualTo("张华");
    assertThat(tasks.getVariableLocal(arrange.getId(), "termLabel"))
        .isEqualTo("第十四届(2026-09-28至2031-09-27)");
    assertThat(runtime.getVariable(watching.getId(), "leaderName"))
        .as("what the form shows stays on the task").isNull();
    assertThatThrownBy(() -> tasks.complete(arrange.getId(), vars("talkerId", "lijianguo",
        "plannedTalkDate", "2031-10-10")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("应在本届任期届满(2031-09-27)之前");
    tasks.complete(arrange.getId(), vars("talkerId", "lijianguo", "plannedTalkDate", "2031-04-15"));
    ProcessInstance arranged = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(watching.getId()).singleResult();
    assertThat(runtime.getVariable(arranged.getId(), "talkeeId")).isEqualTo("zhanghua");

    clockAt(LocalDate.of(2031, 4, 15), 15);
    steps.hold(arranged, LocalDate.of(2031, 4, 15));
    assertThat(row("fagaiwei").covered()).isTrue();
    // the former leader keeps his own talk and nothing more
    assertThat(coverage.history("fagaiwei").get(0).talkDates()).containsExactly(LocalDate.of(2027, 3, 10));
    steps.rectify(arranged);
    assertThat(watching).isEnded().hasPassed("talkDone");
  }

  @Test
  void aWatchStartsOnceAndDecidesAtOnceWhenNothingIsLeftToArrange() {
    clockAt(LocalDate.of(2027, 1, 5), 9);
    // the start-up watch is off in the tests (src/test/resources/application.properties) ...
    watch.run(null);
    assertThat(watchers("donghu")).isZero();
    // ... and gives each leader in office one process in the term, however often it runs (restarts)
    assertThat(watch.watchCurrentTerms()).isPositive();
    assertThat(watch.watchCurrentTerms()).isZero();
    assertThat(watchers("donghu")).isOne();
    assertThat(watcher(fourteenth(), terms.current("donghu").orElseThrow())).isWaitingAt("warningTime");
    // a watch that was cancelled is not brought back
    runtime.createProcessInstanceQuery().processDefinitionKey("termCoverage").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "cancelled in Cockpit"));
    assertThat(watch.watchCurrentTerms()).isZero();

    // a leader no longer in office needs no arranging: decided as soon as the watch looks
    LeaderTerm former = terms.findByOrganization("renminyiyuan").get(0);
    jdbc.sql("insert into leader_term (organization_id, leader_id, term_start, term_end, reason, recorded_at) "
        + "values ('renminyiyuan', 'wenbin', ?, ?, '测试', current_timestamp)")
        .params(LocalDate.of(2026, 12, 1), LocalDate.of(2031, 11, 30)).update();
    clockAt(LocalDate.of(2031, 5, 1), 9);
    ProcessInstance decided = runtime.startProcessInstanceByKey("termCoverage", "r", vars(
        "committeeTermId", fourteenth().id(), "tenureId", former.id(),
        "organizationId", "renminyiyuan", "leaderId", "dengyun"));
    assertThat(decided).isEnded().hasPassed("warningJoin", "nothingToArrange");
    assertThat(coverage.current("jiangzhou").stream().filter(r -> r.tenureId() == former.id()).findFirst()
        .orElseThrow()).extracting(CoverageRow::missed, CoverageRow::current).containsExactly(true, false);
    jdbc.sql("delete from leader_term where leader_id = 'wenbin'").update();
  }

  @Test
  void anArrangeTaskClosesItselfWhenTheTalkIsHeldOtherwise() {
    // six months before the committee's term ends, 高建华 (西岭县委) not yet talked to
    clockAt(LocalDate.of(2031, 5, 6), 9);
    ProcessInstance watching = watch("xiling");
    assertThat(watching).isWaitingAt("arrangeCoverageTalk");

    // meanwhile the office starts the talk itself (say, from the annual plan) and it is held
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "xiling", "talkerId", "lijianguo", "plannedTalkDate", "2031-05-20",
        "planYear", 2031, "additionalTalk", true));
    clockAt(LocalDate.of(2031, 5, 19), 15);
    new PlanSteps(this).hold(talk, LocalDate.of(2031, 5, 19));

    assertThat(watching).isEnded().hasPassed("talkHeldMeanwhile", "noLongerNeeded");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("arrangeCoverageTalk").count())
        .as("no stale task is left in the office's queue").isZero();
  }

  @Test
  void anArrangeTaskClosesWhenTheLeaderChangesAndTheNewLeaderGetsHisOwn() {
    clockAt(LocalDate.of(2031, 4, 1), 9);
    ProcessInstance watching = watch("baisha");
    assertThat(watching).isWaitingAt("arrangeCoverageTalk");

    ProcessInstance change = runtime.startProcessInstanceByKey("termChange", vars(
        "organizationId", "baisha", "leaderId", "pengliang", "leaderTitle", "白沙镇党委书记",
        "termStart", "2031-04-01", "termEnd", "2031-06-30", "reason", "罗强同志调任"));
    tasks.complete(taskOf(change, "confirmTermChange").getId(), vars("termChangeDecision", "CONFIRM"));

    assertThat(watching).isEnded().hasPassed("tenureChanged", "replacedByNewTenure");
    Task arrange = tasks.createTaskQuery().taskDefinitionKey("arrangeCoverageTalk").singleResult();
    assertThat(tasks.getVariableLocal(arrange.getId(), "leaderName")).isEqualTo("彭亮");
    assertThat(coverage.current("jiangzhou").stream().filter(r -> r.organizationId().equals("baisha")))
        .extracting(CoverageRow::leaderName, CoverageRow::missed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("罗强", true),
            org.assertj.core.groups.Tuple.tuple("彭亮", false));
  }

  @Test
  void anArrangeTaskStillOpenWhenTheTermEndsClosesAsAMiss() {
    clockAt(LocalDate.of(2031, 7, 1), 9);
    ProcessInstance watching = watch("jiaoyuju");
    assertThat(watching).isWaitingAt("arrangeCoverageTalk");
    clockAt(LocalDate.of(2031, 9, 27), 23);
    fireDueTimers();
    assertThat(watching).isWaitingAt("arrangeCoverageTalk");
    clockAt(LocalDate.of(2031, 9, 28), 9);
    fireDueTimers();
    assertThat(watching).isEnded().hasPassed("termEnded", "termEndedUncovered");
    CoverageRow row = coverage.history("jiaoyuju").get(0);
    assertThat(row).extracting(CoverageRow::leaderName, CoverageRow::covered, CoverageRow::missed)
        .containsExactly("韩雪", false, true);
  }

  /** Coverage processes ever started for the organization's current leader in the 第十四届. */
  long watchers(String organizationId) {
    return jdbc.sql("select count(*) from coverage_watch where committee_term_id = ? and leader_term_id = ?")
        .params(fourteenth().id(), terms.current(organizationId).orElseThrow().id())
        .query(Long.class).single();
  }

  /** A request as the office's 刘洋 sends it. */
  static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder office(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
    return as("liuyang", request);
  }

  static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder as(String user,
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void aNewCommitteeTermIsRecordedOverRestAndEveryLeaderInOfficeIsWatchedInIt() throws Exception {
    clockAt(LocalDate.of(2031, 10, 8), 9);
    mvc.perform(as("wanghai", get("/api/committee"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.currentTerm.name").value("第十四届"))
        .andExpect(jsonPath("$.kind").value("LOCAL_COMMITTEE"));
    mvc.perform(as("wanghai", post("/api/committee/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"termStart\":\"2031-09-28\",\"termEnd\":\"2036-09-27\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(office(post("/api/committee/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"termStart\":\"2031-10-20\",\"termEnd\":\"2031-09-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.containsString("本届任期开始日期不能晚于今天"),
            org.hamcrest.Matchers.containsString("本届任期届满日期应晚于开始日期"))));
    mvc.perform(office(post("/api/committee/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"第十五届\",\"termStart\":\"2031-09-28\",\"termEnd\":\"2036-09-27\",\"reason\":\"市第十五次党代会\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("第十五届"));
    mvc.perform(office(get("/api/committee/terms"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].termEnd").value("2031-09-27"));

    CommitteeTerm fifteenth = committeeTerms.current("jiangzhou").orElseThrow();
    assertThat(coverage.current("jiangzhou")).as("nobody has been talked to in the new term")
        .isNotEmpty().noneMatch(CoverageRow::covered)
        .allMatch(r -> r.committeeTermId() == fifteenth.id());
    for (String organizationId : List.of("qingshan", "donghu", "jiaoyuju")) {
      assertThat(watcher(fifteenth, terms.current(organizationId).orElseThrow()))
          .as("watched in the new term: " + organizationId).isNotNull().isWaitingAt("warningTime");
    }
  }

  @Test
  void leaderTermsAreChangedAndReadOverRestWithChineseRefusals() throws Exception {
    clockAt(LocalDate.of(2027, 2, 1), 9);
    mvc.perform(office(get("/api/organizations"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].topLeaderName").exists());
    mvc.perform(office(post("/api/organizations/jiaoyuju/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"leaderId\":\"hanxue\",\"termStart\":\"2027-03-01\",\"termEnd\":\"2032-02-28\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("任期开始日期不能晚于今天")));
    mvc.perform(office(post("/api/organizations/renminyiyuan/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"leaderId\":\"dengyun\",\"termStart\":\"2027-01-15\",\"termEnd\":\"2032-01-14\",\"reason\":\"换届连任\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.leaderName").value("邓云"));
    // the application starts the new tenure's coverage process, though the office may not start one
    assertThat(watcher(fourteenth(), terms.current("renminyiyuan").orElseThrow()))
        .isNotNull().isWaitingAt("warningTime");
    mvc.perform(office(get("/api/organizations/renminyiyuan/terms"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].termEnd").value("2027-01-14"));
    mvc.perform(office(get("/api/coverage"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.organizationId=='renminyiyuan' && @.current == true)].tenureStart").value("2027-01-15"))
        .andExpect(jsonPath("$[0].termStart").value("2026-09-28"));
    mvc.perform(office(get("/api/coverage/nowhere"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("未找到下级党组织“nowhere”。"));
    // a change rejected by the organization department ends quietly
    ProcessInstance change = runtime.startProcessInstanceByKey("termChange", vars(
        "organizationId", "renminyiyuan", "leaderId", "dengyun", "termStart", "2027-01-20",
        "termEnd", "2032-01-14", "reason", "换届连任"));
    tasks.complete(taskOf(change, "confirmTermChange").getId(), vars("termChangeDecision", "REJECT",
        "termChangeComment", "换届时间有误"));
    assertThat(change).isEnded().hasPassed("termChangeRejected");
  }
}

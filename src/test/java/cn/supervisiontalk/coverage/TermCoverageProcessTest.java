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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Term history and coverage (processes/term-change.bpmn, processes/term-coverage.bpmn): a change of
 * leader keeps the past talk with its person and term, the new leader starts uncovered, the office
 * gets a task six months before the term ends and the talk it arranges covers the term.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:term-coverage-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class TermCoverageProcessTest extends ProcessTestSupport {

  @TestConfiguration
  static class FullCoverage {
    @Bean
    ProcessEngineCoverageProperties coverage() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys("regularTalk", "rectification", "annualPlan",
              "annualReport", "timelyTalk", "talkProposal", "plannedTalk")
          .build();
    }
  }

  @Autowired TermCoverage coverage;
  @Autowired LeaderTermRepository terms;
  @Autowired Directory directory;
  @Autowired IdentityService identity;
  @Autowired CoverageWatch watch;
  @Autowired MockMvc mvc;

  CoverageRow row(String organizationId) {
    return coverage.current().stream().filter(r -> r.organizationId().equals(organizationId))
        .findFirst().orElseThrow();
  }

  ProcessInstance watcher(LeaderTerm term) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("termCoverage")
        .processInstanceBusinessKey("term-" + term.id()).singleResult();
  }

  @Test
  void aChangeOfLeaderKeepsThePastTalkWithItsTermAndTheNewLeaderIsWarnedAndCovered() {
    PlanSteps steps = new PlanSteps(this);
    LeaderTerm first = terms.current("fagaiwei").orElseThrow();
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
        "organizationId", "市发展改革委党组", "leaderId", "zhanghua", "termStart", "2027-06-01",
        "termEnd", "2028-02-29", "reason", "工作调动")))
        .isInstanceOf(NotValidException.class).hasMessageContaining("请填写新任“一把手”的姓名");
    ProcessInstance change = runtime.startProcessInstanceByKey("termChange", vars(
        "organizationId", "市发展改革委党组", "leaderId", "zhanghua", "leaderName", "张华",
        "leaderTitle", "市发展改革委党组书记、主任", "termStart", "2027-06-01",
        "termEnd", "2028-02-29", "reason", "谢东同志调任"));
    Task confirm = taskOf(change, "confirmTermChange");
    assertThat(confirm).hasCandidateGroup("organization");
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), vars("termChangeDecision", "REJECT")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("请填写理由");
    tasks.complete(confirm.getId(), vars("termChangeDecision", "CONFIRM"));
    assertThat(change).isEnded().hasPassed("registerTermChange", "termChangeRegistered");

    List<CoverageRow> history = coverage.history("fagaiwei");
    assertThat(history).extracting(CoverageRow::leaderName, CoverageRow::termStart,
        CoverageRow::termEnd, CoverageRow::covered, CoverageRow::current).containsExactly(
        org.assertj.core.groups.Tuple.tuple("谢东", LocalDate.of(2023, 3, 1), LocalDate.of(2027, 5, 31), true, false),
        org.assertj.core.groups.Tuple.tuple("张华", LocalDate.of(2027, 6, 1), LocalDate.of(2028, 2, 29), false, true));
    assertThat(row("fagaiwei")).extracting(CoverageRow::leaderId, CoverageRow::covered,
        CoverageRow::daysToTermEnd).containsExactly("zhanghua", false, 273L);
    assertThat(directory.organization("fagaiwei").topLeaderId()).isEqualTo("zhanghua");
    assertThat(identity.createUserQuery().userId("zhanghua").memberOfGroup("talkee").count()).isOne();

    // six months before the new term ends the office is asked to arrange the talk
    LeaderTerm second = terms.current("fagaiwei").orElseThrow();
    ProcessInstance watching = watcher(second);
    assertThat(watching).isWaitingAt("warningTime");
    clockAt(LocalDate.of(2027, 8, 28), 23);
    fireDueTimers();
    assertThat(watching).isWaitingAt("warningTime");
    clockAt(LocalDate.of(2027, 8, 29), 8);
    fireDueTimers();
    Task arrange = taskOf(watching, "arrangeCoverageTalk");
    assertThat(arrange).hasCandidateGroup("office");
    assertThat(tasks.getVariable(arrange.getId(), "leaderName")).isEqualTo("张华");
    assertThatThrownBy(() -> tasks.complete(arrange.getId(), vars("talkerId", "李建国",
        "plannedTalkDate", "2028-03-10")))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("应在本届任期届满(2028-02-29)之前");
    tasks.complete(arrange.getId(), vars("talkerId", "李建国", "plannedTalkDate", "2027-10-15"));
    ProcessInstance arranged = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(watching.getId()).singleResult();
    assertThat(runtime.getVariable(arranged.getId(), "talkeeId")).isEqualTo("zhanghua");

    clockAt(LocalDate.of(2027, 10, 15), 15);
    steps.hold(arranged, LocalDate.of(2027, 10, 15));
    assertThat(row("fagaiwei").covered()).isTrue();
    // the old leader's term keeps its own talk and nothing more
    assertThat(coverage.history("fagaiwei").get(0).talkDates()).containsExactly(LocalDate.of(2027, 3, 10));
    steps.rectify(arranged);
    assertThat(watching).isEnded().hasPassed("talkDone");
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void aTermAlreadyCoveredOrInsideItsLastSixMonthsIsDecidedAtOnce() {
    clockAt(LocalDate.of(2027, 1, 5), 9);
    // 青山县委's term ended on 2026-12-19 without a talk: nothing left to arrange
    ProcessInstance qingshan = runtime.startProcessInstanceByKey("termCoverage", "q", vars(
        "termId", terms.current("qingshan").orElseThrow().id(), "organizationId", "qingshan",
        "leaderId", "wanghai"));
    assertThat(qingshan).isEnded().hasPassed("warningJoin", "nothingToArrange");

    // the start-up watch is off in the tests (src/test/resources/application.properties) ...
    watch.run(null);
    assertThat(watchers("donghu")).isZero();
    // ... and gives each current term still to cover one process, however often it runs (restarts)
    assertThat(watch.watchCurrentTerms()).isPositive();
    assertThat(watch.watchCurrentTerms()).isZero();
    assertThat(watchers("donghu")).isOne();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("termCoverage")
        .processInstanceBusinessKey("term-" + terms.current("donghu").orElseThrow().id()).singleResult())
        .isWaitingAt("warningTime");
    // an ended term (青山县委) needs no watch; a watch that was cancelled is not brought back
    assertThat(watchers("qingshan")).isZero();
    runtime.createProcessInstanceQuery().processDefinitionKey("termCoverage").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "cancelled in Cockpit"));
    assertThat(watch.watchCurrentTerms()).isZero();
  }

  @Test
  void anArrangeTaskClosesItselfWhenTheTalkIsHeldOtherwise() {
    // six months before 西岭县委's term ends (2031-10-09) without a talk: the office is asked
    clockAt(LocalDate.of(2031, 5, 6), 9);
    ProcessInstance watching = runtime.startProcessInstanceByKey("termCoverage", "x", vars(
        "termId", terms.current("xiling").orElseThrow().id(), "organizationId", "xiling",
        "leaderId", "gaojianhua"));
    assertThat(watching).isWaitingAt("arrangeCoverageTalk");

    // meanwhile the office starts the talk itself (say, from the annual plan) and it is held
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "xiling", "talkerId", "李建国", "plannedTalkDate", "2031-05-20",
        "planYear", 2031, "additionalTalk", true));
    clockAt(LocalDate.of(2031, 5, 19), 15);
    new PlanSteps(this).hold(talk, LocalDate.of(2031, 5, 19));

    assertThat(watching).isEnded().hasPassed("talkHeldMeanwhile", "noLongerNeeded");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("arrangeCoverageTalk").count())
        .as("no stale task is left in the office's queue").isZero();
  }

  /** Coverage processes ever started for the organization's current term. */
  long watchers(String organizationId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("termCoverage")
        .processInstanceBusinessKey("term-" + terms.current(organizationId).orElseThrow().id()).count();
  }

  /** A request as the office's 刘洋 sends it. */
  static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder office(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
        .encodeToString("liuyang:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void termsAreChangedAndReadOverRestWithChineseRefusals() throws Exception {
    clockAt(LocalDate.of(2027, 2, 1), 9);
    mvc.perform(office(get("/api/organizations"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].topLeaderName").exists());
    mvc.perform(office(post("/api/organizations/jiaoyuju/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"leaderId\":\"hanxue\",\"termStart\":\"2027-03-01\",\"termEnd\":\"2032-02-28\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("任期开始日期不能晚于今天")));
    mvc.perform(office(post("/api/organizations/jiaoyuju/terms")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"leaderId\":\"hanxue\",\"termStart\":\"2027-01-20\",\"termEnd\":\"2032-01-19\",\"reason\":\"换届连任\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.leaderName").value("韩雪"));
    // the application starts the new term's coverage process, though the office may not start one
    assertThat(watcher(terms.current("jiaoyuju").orElseThrow())).isNotNull().isWaitingAt("warningTime");
    mvc.perform(office(get("/api/organizations/jiaoyuju/terms"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].termEnd").value("2027-01-19"));
    mvc.perform(office(get("/api/coverage"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.organizationId=='jiaoyuju')].termStart").value("2027-01-20"));
    mvc.perform(office(get("/api/coverage/nowhere"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("未找到下级党组织“nowhere”。"));
    // a term already over when its change is confirmed ends quietly
    ProcessInstance change = runtime.startProcessInstanceByKey("termChange", vars(
        "organizationId", "renminyiyuan", "leaderId", "dengyun", "termStart", "2027-01-15",
        "termEnd", "2032-01-14", "reason", "换届连任"));
    tasks.complete(taskOf(change, "confirmTermChange").getId(), vars("termChangeDecision", "REJECT",
        "termChangeComment", "换届时间有误"));
    assertThat(change).isEnded().hasPassed("termChangeRejected");
  }
}

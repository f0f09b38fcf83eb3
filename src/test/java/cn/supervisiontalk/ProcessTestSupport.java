package cn.supervisiontalk;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkParts.Grounds;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import java.util.UUID;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Runs the real models with the real beans on an in-memory database, with the job executor off:
 * tests move the engine clock and fire due timers themselves, never sleep. Flow-node coverage is
 * collected and written under target/process-test-coverage.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.webapp.enabled=false"
})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTestSupport {

  protected static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected ManagementService management;
  @Autowired protected HistoryService history;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected TalkRecords talks;
  @Autowired protected Deadlines deadlines;

  public ProcessEngine engine() {
    return engine;
  }

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClockAndData() {
    ClockUtil.reset();
    runtime.createProcessInstanceQuery().list().forEach(pi ->
        runtime.deleteProcessInstanceIfExists(pi.getId(), "test cleanup", true, true, true, true));
    for (String table : List.of("talk_material", "talk_review", "accountability_record",
        "archive_copy", "talk_archive", "notification")) {
      jdbc.sql("delete from " + table).update();
    }
  }

  /** Sets the engine clock to the given China time. */
  protected void clockAt(LocalDateTime chinaTime) {
    ClockUtil.setCurrentTime(Date.from(chinaTime.atZone(CHINA).toInstant()));
  }

  protected void clockAt(LocalDate day, int hour) {
    clockAt(day.atTime(hour, 0));
  }

  /** Runs async continuations and due timers, as the job executor would. */
  protected int runJobs() {
    return Jobs.runAll(engine);
  }

  /** Fires every timer due by the engine clock, as the job executor would. */
  protected int fireDueTimers() {
    int fired = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().timers().executable().list()).isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        fired++;
      }
    }
    return fired;
  }

  protected Date endOfDayChina(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(CHINA).toInstant());
  }

  protected Task taskOf(ProcessInstance pi, String definitionKey) {
    return taskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(definitionKey).singleResult();
  }

  protected List<Task> tasksOf(ProcessInstance pi, String definitionKey) {
    return taskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(definitionKey).list();
  }

  /** The called rectification process of a talk. */
  protected ProcessInstance rectificationOf(ProcessInstance talk) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(talk.getId()).singleResult();
  }

  protected static VariableMap vars(Object... keyValues) {
    VariableMap map = Variables.createVariables();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** A list as Tasklist submits it from a dynamic list: a Json variable. */
  protected static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  protected void completeAs(Task task, Map<String, Object> variables) {
    complete(task, variables);
  }

  /**
   * A regular talk held on the date as its record keeps it (talker 李建国), ready for rectification
   * (which sets its deadlines); its id.
   */
  protected String heldTalk(String organizationId, String talkeeId, String talkeeName,
      LocalDate talkDate) {
    String talkId = "talk-" + organizationId + "-" + UUID.randomUUID();
    talks.insert(new Talk(talkId, TalkType.REGULAR, organizationId, organizationId + "党组织",
        "COUNTY", talkeeId, talkeeName, "lijianguo", "李建国", talkDate.getYear(), talkDate, null,
        null, null, deadlines.now(), TalkStage.PREPARATION, null, null, null, null, null, null, null,
        false), new Grounds(null, null, null), "liuyang", "jiangzhou");
    talks.saveNotes(talkId, new Notes(talkDate, "郑华(市纪委监委)", "报告了自查发现的三方面问题",
        "1. 落实主体责任有温差\n2. 选人用人把关不严", "对问题作了说明", "一个月内制定整改方案", "坚决整改到位",
        deadlines.now()));
    return talkId;
  }

}

package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.ProcessTestSupport;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A unit member claims the unit's task for themself, not in a colleague's name. */
class ClaimGuardTest extends ProcessTestSupport {

  @Autowired IdentityService identity;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void aMemberClaimsForThemselfOnlyWhileAnAdministratorMayHandOutWork() {
    clockAt(LocalDate.of(2027, 3, 1), 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-03-20", "planYear", 2027));
    List<Task> material = tasksOf(talk, "provideMaterial");
    Task discipline = material.stream()
        .filter(t -> "discipline".equals(tasks.getVariable(t.getId(), "unit"))).findFirst().orElseThrow();
    Task audit = material.stream()
        .filter(t -> "audit".equals(tasks.getVariable(t.getId(), "unit"))).findFirst().orElseThrow();

    identity.setAuthentication("zhenghua", List.of("discipline"), List.of("jiangzhou"));
    assertThatThrownBy(() -> tasks.claim(discipline.getId(), "fengtao"))
        .hasRootCauseInstanceOf(NotValidException.class)
        .hasRootCauseMessage("只能认领给本人,不能替他人认领任务。");
    assertThat(tasks.createTaskQuery().taskId(discipline.getId()).singleResult().getAssignee()).isNull();
    tasks.claim(discipline.getId(), "zhenghua");
    assertThat(tasks.createTaskQuery().taskId(discipline.getId()).singleResult().getAssignee())
        .isEqualTo("zhenghua");

    identity.setAuthentication("admin", List.of("camunda-admin"), List.of("jiangzhou"));
    tasks.claim(audit.getId(), "hulin");
    assertThat(tasks.createTaskQuery().taskId(audit.getId()).singleResult().getAssignee()).isEqualTo("hulin");
  }
}

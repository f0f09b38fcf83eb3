package cn.supervisiontalk.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.ProcessTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;

/** processes/ and forms/ are deployed under stable names, and a restart redeploys only what changed. */
class ModelDeploymentTest extends ProcessTestSupport {

  @Autowired RepositoryService repository;
  @Autowired ModelDeployment models;

  @Test
  void everyModelAndFormIsDeployedUnderItsFolderAndFileName() {
    String deployment = repository.createProcessDefinitionQuery().processDefinitionKey("regularTalk")
        .latestVersion().singleResult().getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deployment))
        .contains("processes/regular-talk.bpmn", "processes/rectification.bpmn",
            "processes/talker-rule.dmn", "forms/hold-talk.form", "forms/regular-talk-start.form");
  }

  @Test
  void aRestartRedeploysOnlyTheChangedModelAndRunningTalksKeepTheirVersion() {
    ProcessDefinition before = latest("regularTalk");
    String talkId = heldTalk("qingshan", "wanghai", "王海", deadlines.today());
    ProcessInstance running = runtime.startProcessInstanceByKey("rectification", talkId,
        vars("talkId", talkId));
    Set<Resource> resources = models.getDeploymentResources();

    DeploymentWithDefinitions unchanged = restartWith(resources, null);
    assertThat(unchanged.getDeployedProcessDefinitions()).isNullOrEmpty();
    assertThat(latest("regularTalk").getVersion()).isEqualTo(before.getVersion());

    DeploymentWithDefinitions changed = restartWith(resources, "processes/rectification.bpmn");
    try {
      assertThat(repository.getDeploymentResourceNames(changed.getId()))
          .containsExactly("processes/rectification.bpmn");
      assertThat(latest("rectification").getDeploymentId()).isEqualTo(changed.getId());
      assertThat(latest("regularTalk").getVersion()).isEqualTo(before.getVersion());
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
          .getProcessDefinitionId()).isNotEqualTo(latest("rectification").getId());
    } finally {
      repository.deleteDeployment(changed.getId(), true);
    }
  }

  /** Deploys as the app does at start, with one resource edited by a modeller (or none). */
  private DeploymentWithDefinitions restartWith(Set<Resource> resources, String edited) {
    String name = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0).getName();
    DeploymentBuilder builder = repository.createDeployment().name(name).enableDuplicateFiltering(true);
    for (Resource resource : resources) {
      String content = read(resource);
      if (resource.getDescription().equals(edited)) {
        content = content.replace("</bpmn:definitions>", "<!-- 建模人员的修改 -->\n</bpmn:definitions>");
      }
      builder.addString(resource.getDescription(), content);
    }
    return builder.deployWithResult();
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

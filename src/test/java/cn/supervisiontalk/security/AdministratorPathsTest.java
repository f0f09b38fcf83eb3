package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine and webapp API paths the three administrators may call. */
class AdministratorPathsTest {

  private static final List<String> SYSTEM = List.of(Roles.SYSTEM_ADMINISTRATOR);
  private static final List<String> SECURITY = List.of(Roles.SECURITY_ADMINISTRATOR);
  private static final List<String> AUDITOR = List.of(Roles.AUDITOR);

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/process-instance", "/engine-rest/task/1/variables",
      "/engine-rest/history/process-instance", "/engine-rest/variable-instance",
      "/engine-rest/engine/default/task", "/engine-rest/process-definition/key/regularTalk/start",
      "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/history/task",
      "/camunda/api/cockpit/plugin/base/default/process-instance",
      "/camunda/api/tasklist/plugin/tasklist-plugins/static/app/plugin.js",
      "/engine-rest/deployment/create", "/engine-rest/execution"})
  void noAdministratorReachesTalks(String path) {
    for (List<String> groups : List.of(SYSTEM, SECURITY, AUDITOR)) {
      assertThat(AdministratorPaths.allows(path, groups)).as("%s %s", groups, path).isFalse();
    }
  }

  @Test
  void eachReachesHisPartOfTheAdminWebapp() {
    assertThat(AdministratorPaths.allows("/engine-rest/user/create", SYSTEM)).isTrue();
    assertThat(AdministratorPaths.allows("/camunda/api/engine/engine/default/group/office/members/x", SYSTEM)).isTrue();
    assertThat(AdministratorPaths.allows("/engine-rest/tenant", SYSTEM)).isTrue();
    assertThat(AdministratorPaths.allows("/engine-rest/authorization/create", SYSTEM)).isFalse();
    assertThat(AdministratorPaths.allows("/engine-rest/authorization/create", SECURITY)).isTrue();
    assertThat(AdministratorPaths.allows("/camunda/api/engine/engine/default/authorization", SECURITY)).isTrue();
    assertThat(AdministratorPaths.allows("/engine-rest/user", AUDITOR)).isFalse();
    for (List<String> groups : List.of(SYSTEM, SECURITY, AUDITOR)) {
      assertThat(AdministratorPaths.allows("/camunda/api/admin/auth/user/default", groups)).isTrue();
      assertThat(AdministratorPaths.allows("/camunda/api/engine/engine/", groups)).isTrue();
      assertThat(AdministratorPaths.allows("/engine-rest/version", groups)).isTrue();
      assertThat(AdministratorPaths.allows(
          "/camunda/api/engine/engine/default/authorization/check?permissionName=ACCESS", groups)).isTrue();
    }
  }

  @Test
  void engineResourceOfBothApis() {
    assertThat(AdministratorPaths.engineResource("/engine-rest/user/x/profile")).isEqualTo("user/x/profile");
    assertThat(AdministratorPaths.engineResource("/engine-rest/engine/default/user")).isEqualTo("user");
    assertThat(AdministratorPaths.engineResource("/engine-rest/engine")).isEmpty();
    assertThat(AdministratorPaths.engineResource("/camunda/api/engine/engine/default/group")).isEqualTo("group");
    assertThat(AdministratorPaths.engineResource("/camunda/api/cockpit/plugin")).isNull();
  }
}

package cn.supervisiontalk.security;

import java.util.Collection;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Camunda's administrators group (camunda-admin, which may do everything) serves in production only
 * to set up the three administrators: in profile {@code prod}, once each of the system
 * administrator, security administrator and auditor roles has a member, a member of camunda-admin
 * may no longer sign in (webapps, /engine-rest, /api). Other profiles keep the demo administrator.
 */
@Component
public class SetupAdministrator {

  static final String REFUSAL = "三员分立: camunda-admin 仅用于生产环境的初始设置。系统管理员、安全管理员和"
      + "安全审计员均已设置,请以本人的管理员账号登录。";

  private final boolean production;
  private final ProcessEngine engine;

  public SetupAdministrator(Environment environment, @Lazy ProcessEngine engine) {
    this.production = environment.acceptsProfiles(Profiles.of("prod"));
    this.engine = engine;
  }

  /** Whether a person in these groups is refused. */
  public boolean refuses(Collection<String> groups) {
    return production && groups != null && groups.contains(Roles.ADMIN) && setUp();
  }

  /** Whether a member of {@code userId}'s groups is refused. */
  public boolean refusesUser(String userId) {
    return production && refuses(Unchecked.groupsOf(configuration(), userId));
  }

  /** Every administrator role has at least one member. */
  boolean setUp() {
    return Roles.ADMINISTRATORS.keySet().stream()
        .allMatch(role -> Unchecked.hasMembers(configuration(), role));
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}

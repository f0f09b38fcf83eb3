package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Profile {@code prod} refuses to start on a database where a default or demo credential still
 * works, e.g. one used for a trial: {@code admin/admin}, or any user whose password is the demo
 * password of the seeds ({@code supervision-talk.seeds.demo-password}). Needs the database, so it
 * runs once the engine is built, before the application serves anything; the refusal is one
 * Chinese line ({@link ProductionStartRefused}). The passwords are compared with the engine's own
 * hashing, without a login attempt (nothing is counted or locked).
 */
@Component
public class DemoCredentialCheck extends AbstractProcessEnginePlugin {

  static final String DEFAULT_ADMIN = "admin";
  /** How many user ids the refusal names. */
  private static final int NAMED = 10;

  private final boolean production;
  private final String demoPassword;

  public DemoCredentialCheck(Environment environment,
      @Value("${supervision-talk.seeds.demo-password:demo}") String demoPassword) {
    this.production = environment.acceptsProfiles(Profiles.of("prod"));
    this.demoPassword = demoPassword;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!production) {
      return;
    }
    List<String> users = usersWithDemoPasswords(
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    if (!users.isEmpty()) {
      throw new ProductionStartRefused(refusal(users));
    }
  }

  /** The users that sign in with {@code admin/admin} or the demo password. */
  List<String> usersWithDemoPasswords(ProcessEngineConfigurationImpl configuration) {
    return Unchecked.read(configuration, context -> {
      List<String> found = new ArrayList<>();
      for (User listed : context.getReadOnlyIdentityProvider().createUserQuery(context).list()) {
        UserEntity user = (UserEntity) context.getReadOnlyIdentityProvider().findUserById(listed.getId());
        boolean defaultAdmin = DEFAULT_ADMIN.equals(user.getId()) && matches(configuration, user, DEFAULT_ADMIN);
        if (defaultAdmin || matches(configuration, user, demoPassword)) {
          found.add(user.getId());
        }
      }
      return found;
    });
  }

  static String refusal(List<String> users) {
    String named = String.join("、", users.subList(0, Math.min(NAMED, users.size())))
        + (users.size() > NAMED ? " 等 " + users.size() + " 个用户" : "");
    return "生产环境(prod)拒绝启动: 数据库中仍有可用默认或演示口令(admin/admin 或 supervision-talk.seeds.demo-password)"
        + "登录的用户: " + named + "。请先以非生产配置(如 --spring.profiles.active=postgres)启动,"
        + "在管理台修改这些口令或删除演示用户,然后重新启动。";
  }

  private static boolean matches(ProcessEngineConfigurationImpl configuration, UserEntity user,
      String password) {
    return password != null && !password.isEmpty() && user.getPassword() != null
        && configuration.getPasswordManager().check(
            EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
  }
}

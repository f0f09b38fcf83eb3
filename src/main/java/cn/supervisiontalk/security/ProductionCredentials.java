package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Profile {@code prod} has no demo users: the administrator comes from the environment variables
 * ADMIN_USER and ADMIN_PASSWORD, and without them the application refuses to start, before
 * anything is created. Registered in META-INF/spring.factories.
 */
public class ProductionCredentials implements EnvironmentPostProcessor {

  static final int MIN_PASSWORD_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    String user = environment.getProperty("ADMIN_USER", "").trim();
    String password = environment.getProperty("ADMIN_PASSWORD", "");
    if (user.isEmpty()) {
      problems.add("未设置环境变量 ADMIN_USER(系统管理员用户名)");
    }
    if (password.isBlank()) {
      problems.add("未设置环境变量 ADMIN_PASSWORD(系统管理员口令)");
    } else if (password.length() < MIN_PASSWORD_LENGTH || List.of("admin", "demo").contains(password)) {
      problems.add("ADMIN_PASSWORD 至少需要" + MIN_PASSWORD_LENGTH + "个字符");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("生产环境(prod)拒绝启动: " + String.join(";", problems)
          + "。请设置后重新启动。");
    }
  }
}

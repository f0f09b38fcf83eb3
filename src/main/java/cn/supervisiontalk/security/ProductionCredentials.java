package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Profile {@code prod} has no demo users: the administrator comes from the environment variables
 * ADMIN_USER and ADMIN_PASSWORD, and without them the application refuses to start, before
 * anything is created. The check runs once the configuration is read and logging is set up (just
 * after Spring Boot's logging listener), so that the refusal ({@link ProductionStartRefused}) is
 * reported by {@link ProductionStartRefusedAnalyzer} as one Chinese line, without a stack trace.
 * Registered in META-INF/spring.factories.
 */
public class ProductionCredentials
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  static final int MIN_PASSWORD_LENGTH = 12;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    check(event.getEnvironment());
  }

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }

  /** Refuses a production start without a usable administrator; other profiles pass. */
  static void check(ConfigurableEnvironment environment) {
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
      throw new ProductionStartRefused("生产环境(prod)拒绝启动: " + String.join(";", problems)
          + "。请设置后重新启动。");
    }
  }
}

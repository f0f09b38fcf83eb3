package cn.supervisiontalk.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tamper check as a command, against the database the application is configured with
 * (application.yaml, the active profiles, {@code DB_URL} …), without starting the process engine or
 * the web server: only the configuration is read and one connection opened. Prints the result in
 * Chinese and exits 0 when the chain is intact, 1 when it is broken, 2 when it cannot be checked.
 * With the packaged application:
 * <pre>
 * java -cp supervision-talk.jar -Dloader.main=cn.supervisiontalk.audit.TrailCheck \
 *     org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class TrailCheck {

  private TrailCheck() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    SpringApplication configuration = new SpringApplication(TrailCheck.class);
    configuration.setWebApplicationType(WebApplicationType.NONE);
    configuration.setBannerMode(Banner.Mode.OFF);
    configuration.setLogStartupInfo(false);
    // only the configuration files and logging: none of the application's listeners and beans
    configuration.setListeners(List.of(new EnvironmentPostProcessorApplicationListener(),
        new LoggingApplicationListener()));
    configuration.setDefaultProperties(Map.of("logging.level.root", "WARN"));
    try (ConfigurableApplicationContext context = configuration.run(args);
        HikariDataSource database = dataSource(context)) {
      Verification result = new TrailVerifier(new TrailStore(new JdbcTemplate(database))).verify();
      System.out.println(result.message());
      return result.intact() ? 0 : 1;
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      System.out.println("无法校验访问留痕: " + root.getMessage());
      return 2;
    }
  }

  private static HikariDataSource dataSource(ConfigurableApplicationContext context) {
    DataSourceProperties properties = Binder.get(context.getEnvironment())
        .bindOrCreate("spring.datasource", DataSourceProperties.class);
    properties.setBeanClassLoader(TrailCheck.class.getClassLoader());
    try {
      properties.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    HikariDataSource database = properties.initializeDataSourceBuilder()
        .type(HikariDataSource.class).build();
    database.setMaximumPoolSize(1);
    database.setReadOnly(true);
    return database;
  }
}

package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.SupervisionTalkApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A production start without the administrator's credentials is refused before anything is
 * created, and the console shows the reason as one Chinese line, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionCredentialsTest {

  static final String REFUSAL = "生产环境(prod)拒绝启动: 未设置环境变量 ADMIN_USER(系统管理员用户名);"
      + "未设置环境变量 ADMIN_PASSWORD(系统管理员口令)。请设置后重新启动。";

  @Test
  void aRefusedStartPrintsOneChineseLineAndNoStackTrace(CapturedOutput output) {
    SpringApplication app = new SpringApplication(SupervisionTalkApplication.class);
    assertThatThrownBy(() -> app.run("--spring.profiles.active=prod", "--ADMIN_USER=",
        "--ADMIN_PASSWORD=", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
        .isInstanceOf(ProductionStartRefused.class).hasMessage(REFUSAL);

    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .containsOnlyOnce(REFUSAL)
        .doesNotContain("ProductionStartRefused")
        .doesNotContain("\tat ")
        .doesNotContain("Application run failed");
    String line = (output.getOut() + output.getErr()).lines().filter(l -> l.contains("拒绝启动"))
        .findFirst().orElseThrow();
    assertThat(line).isEqualTo(REFUSAL);
  }

  @Test
  void aShortPasswordIsNamedAndAGoodOnePasses() {
    assertThatThrownBy(() -> ProductionCredentials.check(prod(Map.of("ADMIN_USER", "chief",
        "ADMIN_PASSWORD", "demo"))))
        .hasMessage("生产环境(prod)拒绝启动: ADMIN_PASSWORD 至少需要12个字符。请设置后重新启动。");
    assertThatCode(() -> ProductionCredentials.check(prod(Map.of("ADMIN_USER", "chief",
        "ADMIN_PASSWORD", "Correct-Horse-42")))).doesNotThrowAnyException();
  }

  @Test
  void otherProfilesNeedNoAdministratorFromTheEnvironment() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test",
        Map.of("ADMIN_USER", "", "ADMIN_PASSWORD", "")));
    assertThatCode(() -> ProductionCredentials.check(environment)).doesNotThrowAnyException();
  }

  @Test
  void theAnalyzerDescribesTheRefusalWithItsOwnSentence() {
    var analysis = new ProductionStartRefusedAnalyzer().analyze(
        new IllegalStateException("wrapped", new ProductionStartRefused(REFUSAL)));
    assertThat(analysis.getDescription()).isEqualTo(REFUSAL);
    assertThat(analysis.getAction()).isNull();
  }

  private static StandardEnvironment prod(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    environment.setActiveProfiles("prod");
    return environment;
  }
}

package cn.supervisiontalk.security.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The ranges of the security administrator's settings. */
class SecuritySettingsTest {

  @Test
  void theDefaultsAreValid() {
    SecuritySettings defaults = new SecuritySettings(12, 3, 90, 5, 30, false, null, null);
    assertThat(defaults.validated()).isSameAs(defaults);
  }

  @Test
  void everyValueOutOfRangeIsNamedInChinese() {
    assertThatThrownBy(() -> new SecuritySettings(6, 5, -1, 30, 0, true, null, null).validated())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("安全设置未保存")
        .hasMessageContaining("口令最小长度应在 8 至 64 之间,收到 6")
        .hasMessageContaining("口令须包含的字符类别数应在 1 至 4 之间,收到 5")
        .hasMessageContaining("口令有效期")
        .hasMessageContaining("不得重复使用的历史口令个数应在 0 至 24 之间,收到 30")
        .hasMessageContaining("会话闲置超时(分钟)应在 1 至 1440 之间,收到 0");
  }
}

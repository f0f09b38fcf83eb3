package cn.supervisiontalk.security.settings;

import cn.supervisiontalk.security.ApiUser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The password and session rules, read and changed by the security administrator only (ApiRules).
 * A change names all six values; a missing or out-of-range one is refused in Chinese (400) and
 * nothing changes.
 */
@RestController
@RequestMapping("/api/security/settings")
public class SecuritySettingsApi {

  /** The body of a change; every field is required. */
  public record Change(Integer minLength, Integer requiredClasses, Integer expiryDays,
      Integer historySize, Integer idleTimeoutMinutes, Boolean singleLogin) {

    SecuritySettings settings() {
      List<String> missing = new ArrayList<>();
      if (minLength == null) {
        missing.add("minLength(口令最小长度)");
      }
      if (requiredClasses == null) {
        missing.add("requiredClasses(须包含的字符类别数)");
      }
      if (expiryDays == null) {
        missing.add("expiryDays(口令有效期天数)");
      }
      if (historySize == null) {
        missing.add("historySize(不得重复使用的历史口令个数)");
      }
      if (idleTimeoutMinutes == null) {
        missing.add("idleTimeoutMinutes(会话闲置超时分钟数)");
      }
      if (singleLogin == null) {
        missing.add("singleLogin(是否只允许一处登录)");
      }
      if (!missing.isEmpty()) {
        throw new BadUserRequestException("安全设置未保存: 缺少 " + String.join("、", missing) + "。");
      }
      return new SecuritySettings(minLength, requiredClasses, expiryDays, historySize,
          idleTimeoutMinutes, singleLogin, null, null).validated();
    }
  }

  private final SecuritySettingsStore store;
  private final IdentityService identity;

  public SecuritySettingsApi(SecuritySettingsStore store, IdentityService identity) {
    this.store = store;
    this.identity = identity;
  }

  @GetMapping
  public SecuritySettings current() {
    return store.current();
  }

  @PutMapping
  public SecuritySettings change(@RequestBody Change change) {
    SecuritySettings settings = change.settings()
        .changed(ApiUser.current(identity).id(), OffsetDateTime.now());
    store.save(settings);
    return store.current();
  }
}

package cn.supervisiontalk.security.password;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/password}: the password-change page (/password.html). Reachable without a
 * login (ApiAuthenticationFilter leaves this one path alone): the old password authenticates.
 */
@RestController
public class PasswordChangeApi {

  /** The body: whose password, the old one and the new one. */
  public record Request(String userId, String oldPassword, String newPassword) {
  }

  private final PasswordChange change;

  public PasswordChangeApi(PasswordChange change) {
    this.change = change;
  }

  @PostMapping("/api/password")
  public Map<String, String> change(@RequestBody Request request, HttpServletRequest http) {
    change.change(http.getRemoteAddr(), request.userId(), request.oldPassword(),
        request.newPassword());
    return Map.of("message", "口令已修改,请使用新口令登录。");
  }
}

package cn.supervisiontalk.security;

import cn.supervisiontalk.security.password.PasswordExpiry;
import cn.supervisiontalk.security.password.PasswordLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login with the right but expired password is refused with a Chinese message that points to
 * the password-change page: the webapps' login form (403, shown by the login page under
 * 「登录失败」) and HTTP basic on /engine-rest and /api (401). The identity provider refuses such a
 * login anyway; this filter only says why. Wrong passwords pass on to the normal check, which
 * counts them towards Camunda's lock. A basic login /engine-rest remembers ({@link RecentBasicLogins})
 * had a password in force when it was checked, moments ago, and is not checked again.
 */
public class ExpiredPasswordFilter extends OncePerRequestFilter {

  static final String PAGE = "/password.html";
  static final String MESSAGE = "口令已过期(超过 %d 天未修改),不能登录。"
      + "请先打开口令修改页面 %s 修改口令,再用新口令登录。";

  private final PasswordLogins logins;
  private final PasswordExpiry expiry;
  private final RecentBasicLogins recent;

  public ExpiredPasswordFilter(PasswordLogins logins, PasswordExpiry expiry,
      RecentBasicLogins recent) {
    this.logins = logins;
    this.expiry = expiry;
    this.recent = recent;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    HttpServletRequest passed = request;
    boolean webappLogin = LoginForm.isLogin(request);
    BasicCredentials credentials;
    if (webappLogin) {
      if (LoginForm.of(request) == null) {
        passed = LoginForm.read(request);
      }
      LoginForm form = LoginForm.of(passed);
      credentials = new BasicCredentials(form.username(), form.password());
    } else {
      credentials = BasicCredentials.parse(request.getHeader("Authorization"));
      if (credentials != null && recent.find(credentials.userId(), credentials.password()) != null) {
        credentials = null;
      }
    }
    if (credentials != null && !credentials.userId().isEmpty()
        && logins.correctButExpired(credentials.userId(), credentials.password())) {
      String message = MESSAGE.formatted(expiry.expiryDays(), request.getContextPath() + PAGE);
      if (webappLogin) {
        JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "PasswordExpiredException",
            message);
      } else {
        JsonRefusal.unauthenticated(response, message);
      }
      return;
    }
    chain.doFilter(passed, response);
  }
}

package cn.supervisiontalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} on the three ways to sign in: HTTP basic on /engine-rest and /api, and the
 * webapps' login form. A pair of address and user id that must wait gets 429 with a Chinese message
 * and Retry-After (seconds), even with the right password; a 401 after the request counts as a
 * failure, any other answer as a success. The address is the request's remote address (behind a
 * reverse proxy: set {@code server.forward-headers-strategy}).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    HttpServletRequest passed = request;
    String userId = basicUser(request.getHeader("Authorization"));
    if (userId == null && LoginForm.isLogin(request)) {
      passed = LoginForm.read(request);
      userId = LoginForm.of(passed).username();
    }
    if (userId == null || userId.isEmpty()) {
      chain.doFilter(passed, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address, userId);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      LOG.warn("登录过于频繁: 地址 {} 用户 {} 需等待 {} 秒", address, userId, seconds);
      response.setHeader("Retry-After", Long.toString(seconds));
      JsonRefusal.write(response, 429, "LoginThrottled",
          "登录失败次数过多,请在 " + seconds + " 秒后重试。");
      return;
    }
    chain.doFilter(passed, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, userId);
    } else {
      throttle.succeeded(address, userId);
    }
  }

  /** The user id of an HTTP basic header, or null. */
  static String basicUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

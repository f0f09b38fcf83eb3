package cn.supervisiontalk.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * The webapps' CSRF refusals in Chinese. Camunda's CsrfPreventionFilter (on /camunda/api/* and
 * /camunda/app/*) refuses a request that changes data without the right X-XSRF-TOKEN header by
 * {@code response.sendError(403, "CSRFPreventionFilter: ...")}; the servlet container then
 * dispatches to Spring Boot's error page, whose JSON "message" is that English sentence, and
 * Tasklist's login shows it under 「登录失败」. This filter runs on that error dispatch (/error,
 * dispatcher type ERROR; registered in {@link SecurityFilters}) and replaces the message before
 * the error page reads it. The status and Camunda's "X-XSRF-TOKEN: Required" header stay.
 *
 * <p>The usual cause is a production server reached over plain HTTP: its cookies are Secure, the
 * browser does not keep them, so the login carries no token. The message says so.
 */
public class CsrfRefusalMessages implements Filter {

  static final String PREFIX = "CSRFPreventionFilter:";

  static final String NO_TOKEN = "未通过防跨站请求伪造(CSRF)校验: 请求没有带安全令牌。"
      + "多为以 http:// 访问了只允许 HTTPS 的系统(生产环境的 Cookie 只经 HTTPS 保存),"
      + "请改用 https:// 开头的地址;已使用 HTTPS 的,请刷新页面后重试。";
  static final String WRONG_TOKEN = "未通过防跨站请求伪造(CSRF)校验: 安全令牌无效或已过期"
      + "(会话已超时,或在其他窗口重新登录过)。请刷新页面后重试。";
  static final String WRONG_ORIGIN = "未通过防跨站请求伪造(CSRF)校验: 请求不是从本系统的页面发出的。"
      + "请直接打开本系统的地址后操作。";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message
        && message.startsWith(PREFIX)) {
      request.setAttribute(RequestDispatcher.ERROR_MESSAGE, chinese(message));
    }
    chain.doFilter(request, response);
  }

  /** The Chinese for one of CsrfPreventionFilter's refusals. */
  static String chinese(String message) {
    if (message.contains("absent/empty")) {
      return NO_TOKEN;
    }
    if (message.contains("Invalid HTTP Header Token")) {
      return WRONG_TOKEN;
    }
    return WRONG_ORIGIN;
  }
}

package cn.supervisiontalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that changes data in the webapps (/camunda/api/*) without the session's CSRF token is
 * refused here, with a Chinese 403, before Camunda's CsrfPreventionFilter sees it: that filter
 * refuses it too, but invalidates the session as it does, so that any page able to make a
 * person's browser send a POST (a link on another system of the same site, a form in a mail) could
 * log him out. Here the session stays; only the forged request fails. Requests without a session
 * (the login itself) are left to Camunda's filter, whose refusals {@link CsrfRefusalMessages}
 * translates.
 */
public class CsrfKeepsSession extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session == null || READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    if (expected == null) {
      chain.doFilter(request, response); // no token handed out yet: Camunda's filter decides
      return;
    }
    if (sent == null || sent.isBlank()) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "CsrfException",
          CsrfRefusalMessages.NO_TOKEN);
      return;
    }
    if (!Objects.equals(expected, sent)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "CsrfException",
          CsrfRefusalMessages.WRONG_TOKEN);
      return;
    }
    chain.doFilter(request, response);
  }
}

package cn.supervisiontalk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's own query API (/camunda/api/cockpit/*) is for those Cockpit is for: the process owners
 * and the administrators. Its instance queries accept filters by variable value, which would let a
 * caller guess a value they may not read; such a filter is refused to anyone who does not read every
 * talk of the committee (the office, the administrators), as on the engine's own API.
 */
public class CockpitQueryGuard extends OncePerRequestFilter {

  static final String NO_COCKPIT = "流程监控只向流程负责人和系统管理员开放。";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUERY_BYTES = 1 << 20;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getRequestURI().contains("/static/")) {
      chain.doFilter(request, response); // the plugins' scripts and styles, loaded with the login page
      return;
    }
    ApiUser user = ApiAuthenticationFilter.fromSession(request.getSession(false));
    if (user == null) {
      JsonRefusal.unauthenticated(response, JsonRefusal.NOT_LOGGED_IN);
      return;
    }
    if (!user.inGroup(Roles.PROCESS_OWNER) && !user.inGroup(Roles.ADMIN)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", NO_COCKPIT);
      return;
    }
    if (!"POST".equals(request.getMethod()) || user.readsAllTalks()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
    if (filtersByVariableValue(body)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          SubmissionGate.NO_VARIABLE_FILTER);
      return;
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  private static boolean filtersByVariableValue(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      JsonNode query = JSON.readTree(body);
      return query.path("variables").size() > 0 || query.path("processVariables").size() > 0;
    } catch (IOException e) {
      return false; // not JSON: Cockpit's API refuses it itself
    }
  }

  /** The request with its body read once and handed on. */
  private static final class ReadAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}

package cn.supervisiontalk.audit;

import cn.supervisiontalk.audit.TrailEntry.Outcome;
import cn.supervisiontalk.audit.TrailRoutes.IdSource;
import cn.supervisiontalk.audit.TrailRoutes.Match;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Leaves one row in the access trail for each request listed in {@link TrailRoutes}, after the
 * response's status is known: who (the HTTP basic user, the webapps' login, or anonymous), from
 * where, what, on which object and how it ended. A wrong HTTP basic login on /api or /engine-rest is
 * recorded as a failed login wherever it was sent. Runs outside the authentication filters
 * (registered in security.SecurityFilters), so refusals (401, 403) are recorded too. The row is
 * written in its own transaction; a failure to write it is logged and does not change the response.
 */
@Component
public class AccessTrailFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private static final int BODY_LIMIT = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AccessTrail trail;
  private final TaskDetails tasks;

  public AccessTrailFilter(@Lazy AccessTrail trail, TaskDetails tasks) {
    this.trail = trail;
    this.tasks = tasks;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Match> match = TrailRoutes.match(request.getMethod(), path);
    String basicUser = basicUser(request.getHeader("Authorization"));
    if (match.isEmpty() && basicUser == null) {
      chain.doFilter(request, response);
      return;
    }
    String signedIn = basicUser != null ? basicUser : sessionUser(request.getSession(false));
    if (signedIn != null) {
      request.setAttribute(RequestActor.ATTRIBUTE, signedIn);
    }
    HttpServletRequest sent = match.isPresent() && TrailRoutes.readsBody(match.get().route())
        ? new ContentCachingRequestWrapper(request, BODY_LIMIT) : request;
    try {
      chain.doFilter(sent, response);
    } catch (IOException | ServletException | RuntimeException e) {
      record(sent, match, basicUser, signedIn, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      throw e;
    }
    record(sent, match, basicUser, signedIn, response.getStatus());
  }

  private void record(HttpServletRequest request, Optional<Match> match, String basicUser,
      String signedIn, int status) {
    try {
      entry(request, match, basicUser, signedIn, status).ifPresent(trail::record);
    } catch (RuntimeException e) {
      logger.error("访问留痕: 无法整理该次访问的记录 " + request.getMethod() + " " + request.getRequestURI(), e);
    }
  }

  private Optional<TrailEntry> entry(HttpServletRequest request, Optional<Match> match,
      String basicUser, String signedIn, int status) {
    String remote = request.getRemoteAddr();
    if (basicUser != null && status == HttpServletResponse.SC_UNAUTHORIZED) {
      return Optional.of(TrailEntry.of(TrailEntry.ANONYMOUS, remote, TrailAction.LOGIN_FAILED,
          "user", basicUser, Outcome.REFUSED, status,
          "HTTP Basic 用户名或口令错误: " + request.getMethod() + " " + request.getRequestURI()));
    }
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Match m = match.get();
    String objectId = m.pathId() != null ? m.pathId() : idFrom(request, m);
    TrailAction action = m.route().action();
    String actor = signedIn;
    if (action == TrailAction.LOGIN) {
      boolean in = status < 300;
      actor = in ? sessionUser(request.getSession(false)) : TrailEntry.ANONYMOUS;
      action = in ? TrailAction.LOGIN : TrailAction.LOGIN_FAILED;
    }
    List<String> detail = new ArrayList<>();
    m.extras().forEach((name, value) -> detail.add(name + "=" + value));
    detail.addAll(bodyDetail(request, m.route().bodyDetail()));
    if ("task".equals(m.route().objectType())) {
      Optional.ofNullable(tasks.of(objectId)).ifPresent(detail::add);
    }
    return Optional.of(TrailEntry.of(actor, remote, action, m.route().objectType(), objectId,
        Outcome.of(status), status, detail.isEmpty() ? null : String.join(";", detail)));
  }

  /** The object's id from the query string or the request body, as the route says. */
  private static String idFrom(HttpServletRequest request, Match match) {
    String name = match.route().idName();
    IdSource source = match.route().source();
    if (source == IdSource.PATH) {
      return null;
    }
    if (source == IdSource.QUERY) {
      return request.getParameter(name);
    }
    if (!(request instanceof ContentCachingRequestWrapper cached)) {
      return null;
    }
    String body = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
    if (source == IdSource.FORM_BODY) {
      String value = body.isEmpty() ? null : UriComponentsBuilder.newInstance().query(body).build()
          .getQueryParams().getFirst(name);
      return value == null ? null
          : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
    try {
      JsonNode node = body.isEmpty() ? null : JSON.readTree(body).at(name);
      return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    } catch (IOException e) {
      return null;
    }
  }

  /** The named fields of the JSON request body, as name=value. */
  private static List<String> bodyDetail(HttpServletRequest request, List<String> fields) {
    if (fields.isEmpty() || !(request instanceof ContentCachingRequestWrapper cached)
        || cached.getContentAsByteArray().length == 0) {
      return List.of();
    }
    try {
      JsonNode body = JSON.readTree(cached.getContentAsByteArray());
      return fields.stream().filter(f -> body.hasNonNull(f))
          .map(f -> f + "=" + (body.get(f).isValueNode() ? body.get(f).asText() : body.get(f).toString()))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The user name of an HTTP basic header, as sent (checked by the authentication filters). */
  private static String basicUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? TrailEntry.ANONYMOUS : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return TrailEntry.ANONYMOUS;
    }
  }

  /** The person logged in to the webapps in this session, if any. */
  private static String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications all = AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = all == null ? null : all.getAuthenticationForProcessEngine(ENGINE);
    return login == null ? null : login.getIdentityId();
  }
}

package cn.supervisiontalk;

import cn.supervisiontalk.RegularTalkRestFlow.Response;
import cn.supervisiontalk.RegularTalkRestFlow.Rest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A person logged in to the Camunda webapps the way the browser does it: the login form of
 * Tasklist, the session cookie, and the {@code X-XSRF-TOKEN} header (taken from the webapps' CSRF
 * filter) on every request that changes data. Used to call the engine API exactly as Tasklist and
 * Cockpit call it ({@code /camunda/api/engine/engine/default/...}) and Cockpit's plugin API.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String ACCEPT = "application/json, text/plain, */*";
  static final String COCKPIT_PLUGIN_API = "/camunda/api/cockpit/plugin/base/default";

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final int loginStatus;
  private String xsrfToken = "";

  private WebappSession(String base, String user, String password, String app) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
    send("GET", "/camunda/app/" + app + "/", null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    this.loginStatus = raw("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded", form).status();
    // the login starts a new session: fetch the token that belongs to it
    send("GET", "/camunda/api/admin/auth/user/default", null);
  }

  /** Logs in to Tasklist as the person (every role may use Tasklist). */
  public static WebappSession tasklist(String base, String user, String password) {
    return new WebappSession(base, user, password, "tasklist");
  }

  /** Logs in to the given webapp (tasklist, cockpit, admin, welcome) as the person. */
  static WebappSession login(String base, String user, String password, String app) {
    return new WebappSession(base, user, password, app);
  }

  public boolean loggedIn() {
    return loginStatus == 200;
  }

  int loginStatus() {
    return loginStatus;
  }

  /** The engine API as Tasklist and Cockpit use it; {@code path} as under /engine-rest. */
  Response engine(String method, String path, Object body) {
    return send(method, ENGINE_API + path, body);
  }

  /** Cockpit's base plugin API, e.g. {@code /process-instance}. */
  Response cockpit(String method, String path, Object body) {
    return send(method, COCKPIT_PLUGIN_API + path, body);
  }

  /** A request the person's browser sends on another page's behalf: his cookies, no token. */
  Response forged(String method, String path) {
    String token = xsrfToken;
    xsrfToken = "";
    try {
      return raw(method, path, null, null);
    } finally {
      xsrfToken = token;
    }
  }

  public Response send(String method, String path, Object body) {
    return send(method, path, body, ACCEPT);
  }

  /** With the media types the page accepts, e.g. Tasklist's filter lists ask for application/hal+json. */
  public Response send(String method, String path, Object body, String accept) {
    try {
      return raw(method, path, body == null ? null : "application/json",
          body == null ? null : Rest.JSON.writeValueAsString(body), accept);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response raw(String method, String path, String contentType, String body) {
    return raw(method, path, contentType, body, ACCEPT);
  }

  private Response raw(String method, String path, String contentType, String body, String accept) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(60))
          .header("Accept", accept);
      if (!xsrfToken.isEmpty()) {
        request.header("X-XSRF-TOKEN", xsrfToken);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      }
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      rememberToken(response);
      return new Response(method + " " + path, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF filter hands out its token as a response header and as the XSRF-TOKEN cookie. */
  private void rememberToken(HttpResponse<String> response) {
    response.headers().firstValue("X-XSRF-TOKEN")
        .filter(token -> !token.isBlank() && !token.equalsIgnoreCase("Required"))
        .ifPresent(token -> xsrfToken = token);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN") && !cookie.getValue().isBlank()) {
        xsrfToken = cookie.getValue();
      }
    }
  }
}

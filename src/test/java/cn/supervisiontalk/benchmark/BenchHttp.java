package cn.supervisiontalk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A person talking to the running application over HTTP, either with HTTP basic (the engine REST
 * API under {@code /engine-rest} and the app's {@code /api}) or logged in to Tasklist the way the
 * browser is (session cookie and {@code X-XSRF-TOKEN}), for the engine API Tasklist itself calls
 * ({@code /camunda/api/engine/engine/default/...}).
 */
final class BenchHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TASKLIST_ENGINE_API = "/camunda/api/engine/engine/default";

  private final String base;
  private final String authorization;
  private final HttpClient http;
  private final CookieManager cookies;
  private String xsrfToken = "";

  private BenchHttp(String base, String authorization, CookieManager cookies) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization = authorization;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.http = builder.build();
  }

  /** The person with HTTP basic on every request. */
  static BenchHttp basic(String base, String user, String password) {
    String credentials = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new BenchHttp(base, "Basic " + credentials, null);
  }

  /** The person logged in to Tasklist with its login form; fails when the login is refused. */
  static BenchHttp tasklist(String base, String user, String password) {
    BenchHttp session = new BenchHttp(base, null, new CookieManager());
    session.send("GET", "/camunda/app/tasklist/", null, null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Reply login = session.raw("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", form, null);
    assertThat(login.status()).as(user + " logs in to Tasklist: " + login.body()).isEqualTo(200);
    // the login starts a new session: fetch the token that belongs to it
    session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return session;
  }

  /** A request with a JSON body (or none); {@code accept} null means application/json. */
  Reply send(String method, String path, Object body, String accept) {
    try {
      return raw(method, path, body == null ? null : "application/json",
          body == null ? null : JSON.writeValueAsString(body), accept);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply engine(String method, String path, Object body) {
    return send(method, "/engine-rest" + path, body, null);
  }

  private Reply raw(String method, String path, String contentType, String body, String accept) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(120))
          .header("Accept", accept == null ? "application/json, text/plain, */*" : accept);
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
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
      return new Reply(method + " " + path, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The webapps' CSRF filter hands out its token as a response header and as a cookie. */
  private void rememberToken(HttpResponse<String> response) {
    if (cookies == null) {
      return;
    }
    response.headers().firstValue("X-XSRF-TOKEN")
        .filter(token -> !token.isBlank() && !token.equalsIgnoreCase("Required"))
        .ifPresent(token -> xsrfToken = token);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN") && !cookie.getValue().isBlank()) {
        xsrfToken = cookie.getValue();
      }
    }
  }

  record Reply(String request, int status, String body) {

    Reply expect(int expected) {
      assertThat(status).as(request + " → " + body).isEqualTo(expected);
      return this;
    }

    Reply ok() {
      return expect(200);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError(request + " did not answer JSON: " + body, e);
      }
    }

    List<JsonNode> list() {
      JsonNode array = json();
      assertThat(array.isArray()).as(request + " answers a list").isTrue();
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      return items;
    }
  }
}

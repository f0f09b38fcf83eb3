package cn.supervisiontalk.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Base64;

/**
 * A caller of the running application for the trail's tests: HTTP basic as a person, or the
 * webapps' login (session cookie and X-XSRF-TOKEN header) the way Tasklist logs in and out.
 */
final class TrailHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  record Answer(String request, int status, String body) {
    Answer expect(int expected) {
      assertThat(status).as(request + " → " + body).isEqualTo(expected);
      return this;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError(request + " did not answer JSON: " + body, e);
      }
    }
  }

  private final String base;
  private final String authorization;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String xsrfToken = "";

  private TrailHttp(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** HTTP basic as the person. */
  static TrailHttp basic(String base, String user, String password) {
    return new TrailHttp(base, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** No login yet: {@link #login} as the webapps do. */
  static TrailHttp browser(String base) {
    TrailHttp browser = new TrailHttp(base, null);
    browser.send("GET", "/camunda/app/tasklist/", null, null);
    return browser;
  }

  Answer login(String user, String password) {
    Answer answer = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return answer;
  }

  Answer logout() {
    return send("POST", "/camunda/api/admin/auth/user/default/logout", null, null);
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer json(String method, String path, Object body) {
    try {
      return send(method, path, body == null ? null : "application/json",
          body == null ? null : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(request("GET", path, null, null).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer send(String method, String path, String contentType, String body) {
    try {
      HttpResponse<String> response = http.send(request(method, path, contentType, body).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN")
          .filter(token -> !token.isBlank() && !token.equalsIgnoreCase("Required"))
          .ifPresent(token -> xsrfToken = token);
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN") && !cookie.getValue().isBlank()) {
          xsrfToken = cookie.getValue();
        }
      }
      return new Answer(method + " " + path, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String method, String path, String contentType,
      String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, text/plain, */*");
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
    return request;
  }
}

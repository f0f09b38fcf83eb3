package cn.supervisiontalk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a refusal the way the engine REST API does: JSON with a type and a Chinese message. */
final class JsonRefusal {

  static final String REALM = "Basic realm=\"supervision-talk\", charset=\"UTF-8\"";
  static final String NOT_LOGGED_IN = "请先登录: 请以本人的用户名和口令(HTTP Basic)访问,或先登录任务列表。";
  static final String WRONG_PASSWORD = "用户名或口令不正确。";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRefusal() {
  }

  static void write(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json;charset=UTF-8");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.getWriter().write(JSON.writeValueAsString(body));
    response.getWriter().flush();
  }

  /** 401 with the challenge for HTTP basic. */
  static void unauthenticated(HttpServletResponse response, String message) throws IOException {
    response.setHeader("WWW-Authenticate", REALM);
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", message);
  }
}

package cn.supervisiontalk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The login form of the Camunda webapps ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}},
 * form fields username and password). {@link #read} takes the body once, keeps the fields for the
 * filters ({@link LoginThrottleFilter}, {@link AdministratorBoundary}) and hands the webapps a request
 * that reads the same body again.
 */
record LoginForm(String username, String password) {

  static final String AUTH_PATH = "/camunda/api/admin/auth/user/";
  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
  private static final String ATTRIBUTE = LoginForm.class.getName();
  /** A login form is a few dozen bytes; more is not read as one. */
  private static final int MAX_BYTES = 8192;

  static boolean isLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && LOGIN.matcher(path).matches();
  }

  /** The form of a login request read by {@link #read}, else null. */
  static LoginForm of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof LoginForm form ? form : null;
  }

  /** Reads the form of a login request; returns the request to pass on (the body readable again). */
  static HttpServletRequest read(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES);
    String username = "";
    String password = "";
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = pair.substring(0, equals);
      String value = decode(pair.substring(equals + 1));
      if (name.equals("username")) {
        username = value;
      } else if (name.equals("password")) {
        password = value;
      }
    }
    request.setAttribute(ATTRIBUTE, new LoginForm(username, password));
    return new ReadAgain(request, body);
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}

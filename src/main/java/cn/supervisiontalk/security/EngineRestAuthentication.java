package cn.supervisiontalk.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP basic authentication for /engine-rest (users and passwords of the Camunda
 * identity service), answering a missing or wrong login with a Chinese message. Camunda's
 * {@code ProcessEngineAuthenticationFilter} sets the 401 status before calling this, so the body
 * can be written here.
 */
public class EngineRestAuthentication extends HttpBasicAuthenticationProvider {

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
      ProcessEngine engine) {
    try {
      JsonRefusal.unauthenticated(response, JsonRefusal.NOT_LOGGED_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

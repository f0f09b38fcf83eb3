package cn.supervisiontalk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot prints a failure an analyzer explains under "APPLICATION FAILED TO START" instead of
 * a stack trace: here the refusal's one Chinese line is the whole description (it already says
 * what to do, so there is no separate action). Registered in META-INF/spring.factories.
 */
public class ProductionStartRefusedAnalyzer extends AbstractFailureAnalyzer<ProductionStartRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ProductionStartRefused cause) {
    return new FailureAnalysis(cause.getMessage(), null, cause);
  }
}

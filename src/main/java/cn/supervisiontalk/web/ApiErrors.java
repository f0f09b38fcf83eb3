package cn.supervisiontalk.web;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refused input to the application's own REST API (organizations, coverage, plans, reports) is
 * answered 400 with its Chinese message instead of 500.
 */
@RestControllerAdvice(basePackages = {"cn.supervisiontalk.organization",
    "cn.supervisiontalk.coverage", "cn.supervisiontalk.plan", "cn.supervisiontalk.report"})
public class ApiErrors {

  @ExceptionHandler(BadUserRequestException.class)
  public ResponseEntity<Map<String, String>> refused(BadUserRequestException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", "参数“" + e.getName() + "”的取值“" + e.getValue() + "”无效。"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", "请求内容不是有效的 JSON。"));
  }
}

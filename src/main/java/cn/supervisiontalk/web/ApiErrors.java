package cn.supervisiontalk.web;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the application's own REST API (/api: archives, organizations, coverage, plans,
 * reports) in Chinese: refused input 400, a missing permission 403, a concurrent change 409, never
 * 500.
 */
@RestControllerAdvice(basePackages = "cn.supervisiontalk")
public class ApiErrors {

  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "您无权执行此操作或查看此内容。"));
  }

  @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class,
      DuplicateKeyException.class, ConcurrencyFailureException.class})
  public ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Map.of("message", "该内容刚被他人同时修改,您的提交未保存。请刷新后重新提交。"));
  }

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

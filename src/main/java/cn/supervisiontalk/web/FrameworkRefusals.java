package cn.supervisiontalk.web;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The refusals Spring MVC makes before any of the application's controllers is chosen (so
 * {@link ApiErrors}, which speaks for the controllers, is not asked): a path that does not exist, a
 * method the path does not take, a body of another format than JSON, a missing parameter. In
 * Chinese, as every other answer of /api; Spring's own text is English.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FrameworkRefusals {

  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<Map<String, String>> notFound(NoResourceFoundException e) {
    return answer(HttpStatus.NOT_FOUND, "未找到所请求的地址。");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "该地址不支持 " + e.getMethod() + " 请求方法。");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<Map<String, String>> contentType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持该请求内容的格式,请以 JSON 提交。");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  public ResponseEntity<Map<String, String>> accept(HttpMediaTypeNotAcceptableException e) {
    return answer(HttpStatus.NOT_ACCEPTABLE, "无法以所要求的格式应答,请接受 JSON。");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, "缺少参数“" + e.getParameterName() + "”。");
  }

  @ExceptionHandler(ServletRequestBindingException.class)
  public ResponseEntity<Map<String, String>> binding(ServletRequestBindingException e) {
    return answer(HttpStatus.BAD_REQUEST, "请求缺少必需的内容或参数无效。");
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}

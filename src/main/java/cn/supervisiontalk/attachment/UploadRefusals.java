package cn.supervisiontalk.attachment;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the servlet refuses while reading it, before any controller runs (so this advice is
 * not limited to a package): too large a request 413, a broken multipart body 400, in Chinese.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadRefusals {

  private final AttachmentLimits limits;

  UploadRefusals(AttachmentLimits limits) {
    this.limits = limits;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message",
        "附件不能超过" + limits.describe() + ",未保存。请压缩或拆分后重新上传。"));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, String>> broken(MultipartException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message",
        "上传的内容不完整或格式有误,未保存。请重新选择文件上传。"));
  }
}

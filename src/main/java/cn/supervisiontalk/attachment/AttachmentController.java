package cn.supervisiontalk.attachment;

import cn.supervisiontalk.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Attachments over HTTP: {@code POST /api/tasks/{taskId}/attachments} (multipart, field
 * {@code file}), {@code GET /api/tasks/{taskId}/attachments}, {@code DELETE
 * /api/tasks/{taskId}/attachments/{id}}, {@code GET /api/attachments/{id}} (the file) and
 * {@code GET /api/talks/{talkId}/attachments}; who may do what is decided by {@link Attachments}.
 */
@RestController
class AttachmentController {

  /** Response header of the task's list: the largest file accepted, in bytes. */
  static final String MAX_BYTES_HEADER = "X-Attachment-Max-Bytes";

  private final Attachments attachments;
  private final AttachmentLimits limits;
  private final IdentityService identity;

  AttachmentController(Attachments attachments, AttachmentLimits limits, IdentityService identity) {
    this.attachments = attachments;
    this.limits = limits;
    this.identity = identity;
  }

  @PostMapping("/api/tasks/{taskId}/attachments")
  ResponseEntity<Attachment> upload(@PathVariable String taskId, HttpServletRequest request) {
    ApiUser user = ApiUser.current(identity);
    MultipartFile file = request instanceof MultipartHttpServletRequest multipart
        ? multipart.getFile("file") : null;
    if (file == null) {
      throw Attachments.refusal(HttpStatus.BAD_REQUEST,
          "请选择要上传的文件(以 multipart/form-data 提交,字段名 file)。");
    }
    if (file.getSize() > limits.maxFileBytes()) {
      throw Attachments.refusal(HttpStatus.PAYLOAD_TOO_LARGE,
          "附件不能超过" + limits.describe() + ",未保存。请压缩或拆分后重新上传。");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(attachments.upload(taskId, user, file.getOriginalFilename(), bytes(file)));
  }

  @GetMapping("/api/tasks/{taskId}/attachments")
  ResponseEntity<List<Attachment>> ofTask(@PathVariable String taskId) {
    return ResponseEntity.ok().header(MAX_BYTES_HEADER, String.valueOf(limits.maxFileBytes()))
        .body(attachments.ofTask(taskId, ApiUser.current(identity)));
  }

  @DeleteMapping("/api/tasks/{taskId}/attachments/{id}")
  ResponseEntity<Void> remove(@PathVariable String taskId, @PathVariable long id) {
    attachments.remove(taskId, id, ApiUser.current(identity));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/talks/{talkId}/attachments")
  List<Attachment> ofTalk(@PathVariable String talkId) {
    return attachments.ofTalk(talkId, ApiUser.current(identity));
  }

  @GetMapping("/api/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    Attachments.Download d = attachments.download(id, ApiUser.current(identity));
    String name = d.attachment().fileName();
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.attachment().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .body(d.content());
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

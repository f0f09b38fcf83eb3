package cn.supervisiontalk.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The size limit of one attachment, {@code supervision-talk.attachments.max-file-size} (default
 * 20MB), and the servlet's multipart limits derived from it: Spring Boot's own
 * {@code spring.servlet.multipart.*} (1MB a file by default) give way to this configuration, which
 * leaves the file size to {@link Attachments} (a Chinese 413) and refuses only a request larger than
 * a file and 1MB of form data ({@link UploadRefusals}).
 */
@Configuration
class AttachmentLimits {

  private final DataSize maxFileSize;

  AttachmentLimits(@Value("${supervision-talk.attachments.max-file-size:20MB}") DataSize maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  long maxFileBytes() {
    return maxFileSize.toBytes();
  }

  /** The limit as people read it, e.g. 「20MB」. */
  String describe() {
    long bytes = maxFileBytes();
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB"
        : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "字节";
  }

  @Bean
  MultipartConfigElement multipartConfigElement() {
    return new MultipartConfigElement(null, -1, maxFileBytes() + 1024 * 1024, 0);
  }
}

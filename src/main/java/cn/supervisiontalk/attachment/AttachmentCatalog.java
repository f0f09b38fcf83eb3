package cn.supervisiontalk.attachment;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The files kept with a talk, for the archive's text: each as one Chinese line, 「【谈话记录】
 * 谈话记录扫描件.pdf(1.2MB,王海 上传)」. The caller decides which parts its reader may see.
 */
@Component
public class AttachmentCatalog {

  private final AttachmentRepository repository;

  AttachmentCatalog(AttachmentRepository repository) {
    this.repository = repository;
  }

  /** All files of the talk, in the order they were uploaded. */
  public List<Attachment> ofTalk(String talkId) {
    return repository.ofTalk(talkId);
  }

  /** One file as a line of the archive. */
  public static String line(Attachment a, String unitName) {
    return "【" + a.partLabel() + (unitName == null ? "" : "·" + unitName) + "】" + a.fileName()
        + "(" + size(a.size()) + ")";
  }

  static String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format("%.1fMB", bytes / 1048576.0);
    }
    return bytes >= 1024 ? String.format("%.0fKB", Math.ceil(bytes / 1024.0)) : bytes + "字节";
  }
}

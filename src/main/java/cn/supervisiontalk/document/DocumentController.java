package cn.supervisiontalk.document;

import cn.supervisiontalk.document.TalkDocuments.Document;
import cn.supervisiontalk.security.ApiUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A talk's documents for download: /api/talks/{talkId}/record.docx and .pdf (谈话记录),
 * /api/talks/{talkId}/archive.docx and .pdf (归档材料). Each checks its reader
 * ({@link TalkDocuments}); PDF needs LibreOffice ({@link PdfConverter}, otherwise 503).
 */
@RestController
@RequestMapping("/api/talks")
public class DocumentController {

  static final MediaType DOCX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final TalkDocuments documents;
  private final PdfConverter pdf;
  private final IdentityService identity;

  public DocumentController(TalkDocuments documents, PdfConverter pdf, IdentityService identity) {
    this.documents = documents;
    this.pdf = pdf;
    this.identity = identity;
  }

  @GetMapping("/{talkId}/record.docx")
  public ResponseEntity<byte[]> recordDocx(@PathVariable String talkId) {
    return docx(documents.record(talkId, ApiUser.current(identity)), "talk-record");
  }

  @GetMapping("/{talkId}/record.pdf")
  public ResponseEntity<byte[]> recordPdf(@PathVariable String talkId) {
    return pdf(documents.record(talkId, ApiUser.current(identity)), "talk-record");
  }

  @GetMapping("/{talkId}/archive.docx")
  public ResponseEntity<byte[]> archiveDocx(@PathVariable String talkId) {
    return docx(documents.archive(talkId, ApiUser.current(identity)), "talk-archive");
  }

  @GetMapping("/{talkId}/archive.pdf")
  public ResponseEntity<byte[]> archivePdf(@PathVariable String talkId) {
    return pdf(documents.archive(talkId, ApiUser.current(identity)), "talk-archive");
  }

  private ResponseEntity<byte[]> docx(Document document, String asciiName) {
    return download(document.docx(), DOCX, document.name(), asciiName, "docx");
  }

  private ResponseEntity<byte[]> pdf(Document document, String asciiName) {
    return download(pdf.toPdf(document.docx()), MediaType.APPLICATION_PDF, document.name(), asciiName,
        "pdf");
  }

  /** The file under its Chinese name, with a plain name for clients that cannot read it. */
  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name,
      String asciiName, String extension) {
    String encoded = URLEncoder.encode(name + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "."
            + extension + "\"; filename*=UTF-8''" + encoded)
        .body(body);
  }
}

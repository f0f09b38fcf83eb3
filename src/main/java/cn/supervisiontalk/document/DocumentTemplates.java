package cn.supervisiontalk.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Word templates of the documents (谈话记录, 归档材料, 年度报告) and their filling. The templates
 * live in the repository's documents/ folder, packaged onto the classpath; an office edits their
 * wording and layout in Word or WPS and may keep its own copies elsewhere
 * ({@code supervision-talk.documents.location}, e.g. {@code file:/srv/supervision-talk/documents/}),
 * read afresh for every document. The application supplies only values: {@code {{name}}} takes a
 * value, {@code {{?name}}}…{@code {{/name}}} shows its content when the value is true or once for
 * each item of a list, and {@code {{%name}}} in a table row repeats the next row, whose
 * {@code [field]}s take each item's values (poi-tl). Each tag gets a run of its own first
 * ({@link TagRuns}), so what it is filled with keeps the formatting an office gave the tag.
 */
@Component
public class DocumentTemplates {

  public static final String TALK_RECORD = "talk-record.docx";
  public static final String ARCHIVE = "archive.docx";
  public static final String ANNUAL_REPORT = "annual-report.docx";

  private static final Logger LOG = LoggerFactory.getLogger(DocumentTemplates.class);

  private final ResourceLoader resources;
  private final String location;

  public DocumentTemplates(ResourceLoader resources,
      @Value("${supervision-talk.documents.location:classpath:documents/}") String location) {
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
  }

  /** The template filled with the values, as a .docx. */
  public byte[] fill(String template, Map<String, Object> values) {
    Resource resource = resources.getResource(location + template);
    if (!resource.exists()) {
      throw broken(template, "找不到模板文件(" + location + template + ")", null);
    }
    Configure configure = Configure.builder().addPlugin('%', new LoopRowTableRenderPolicy()).build();
    try (InputStream in = resource.getInputStream(); XWPFDocument document = new XWPFDocument(in)) {
      TagRuns.isolate(document);
      try (XWPFTemplate filled = XWPFTemplate.compile(document, configure).render(values);
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        filled.write(out);
        return out.toByteArray();
      }
    } catch (IOException | RuntimeException e) {
      throw broken(template, "模板无法读取或其中的标签有误", e);
    }
  }

  /**
   * A template the office changed so that it can no longer be filled: a fault of the server's
   * files, not of the request, named so that the office can correct it.
   */
  private static ResponseStatusException broken(String template, String reason, Exception cause) {
    LOG.error("Document template {} cannot be filled: {}", template, reason, cause);
    return new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR,
        "文书模板“" + template + "”有误,无法生成文档: " + reason + "。请检查 documents/ 中的模板。", cause);
  }
}

package cn.supervisiontalk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * PDF is never a server error: without LibreOffice configured, with a program that cannot run, or
 * with one that makes no PDF, the answer is 503 with a Chinese message pointing to the Word
 * document. The conversion itself is checked with LibreOffice in DocumentPdfIT.
 */
class PdfConverterTest {

  static ResponseStatusException refusal(PdfConverter converter) {
    return catchThrowableOfType(ResponseStatusException.class,
        () -> converter.toPdf(new byte[] {1, 2, 3}));
  }

  @Test
  void notConfiguredIsUnavailable() {
    PdfConverter converter = new PdfConverter(" ", Duration.ofSeconds(5));
    assertThat(converter.configured()).isFalse();
    ResponseStatusException refused = refusal(converter);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getReason()).isEqualTo(
        "服务器未配置 PDF 转换(需安装 LibreOffice 并设置 supervision-talk.documents.soffice),请下载 Word 文档。");
  }

  @Test
  void aProgramThatCannotRunIsUnavailable() {
    ResponseStatusException refused = refusal(new PdfConverter("/nonexistent/soffice", Duration.ofSeconds(5)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getReason()).startsWith("PDF 转换失败: 无法运行 LibreOffice(/nonexistent/soffice)");
  }

  @Test
  void aProgramThatMakesNoPdfIsUnavailable() {
    PdfConverter converter = new PdfConverter("false", Duration.ofSeconds(5));
    ResponseStatusException refused = refusal(converter);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getReason()).isEqualTo("PDF 转换失败,请稍后再试,或下载 Word 文档。");
    converter.removeProfile();
  }
}

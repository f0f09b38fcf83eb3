package cn.supervisiontalk.document;

import jakarta.annotation.PreDestroy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns a .docx into PDF with LibreOffice, headless ({@code soffice --headless --convert-to pdf}),
 * when {@code supervision-talk.documents.soffice} names the program (e.g. {@code soffice} or
 * {@code /usr/bin/soffice}). Without it, or when LibreOffice fails, PDF is unavailable: 503 with a
 * Chinese message pointing to the Word document, never a server error. One conversion runs at a
 * time, in a LibreOffice profile of this application's own (a profile serves one process only).
 */
@Component
public class PdfConverter {

  private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);

  private final String soffice;
  private final Duration timeout;
  private final Semaphore oneAtATime = new Semaphore(1);
  private Path profile;

  public PdfConverter(@Value("${supervision-talk.documents.soffice:}") String soffice,
      @Value("${supervision-talk.documents.pdf-timeout:120s}") Duration timeout) {
    this.soffice = soffice.strip();
    this.timeout = timeout;
  }

  /** Whether LibreOffice is configured for PDF. */
  public boolean configured() {
    return !soffice.isEmpty();
  }

  /** The document as PDF; 503 when PDF conversion is not configured or fails. */
  public byte[] toPdf(byte[] docx) {
    if (!configured()) {
      throw unavailable("服务器未配置 PDF 转换(需安装 LibreOffice 并设置 supervision-talk.documents.soffice),"
          + "请下载 Word 文档。");
    }
    boolean acquired = false;
    Path work = null;
    try {
      acquired = oneAtATime.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!acquired) {
        throw unavailable("PDF 转换繁忙,请稍后再试,或下载 Word 文档。");
      }
      work = Files.createTempDirectory("supervision-talk-pdf");
      Path input = work.resolve("document.docx");
      Files.write(input, docx);
      Process process = new ProcessBuilder(command(input, work))
          .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw failed("LibreOffice did not finish within " + timeout, work);
      }
      Path pdf = work.resolve("document.pdf");
      if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
        throw failed("LibreOffice exited with " + process.exitValue() + " without a PDF", work);
      }
      return Files.readAllBytes(pdf);
    } catch (IOException e) {
      LOG.warn("PDF conversion with {} failed", soffice, e);
      throw unavailable("PDF 转换失败: 无法运行 LibreOffice(" + soffice + "),请下载 Word 文档。");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("PDF 转换被中断,请稍后再试,或下载 Word 文档。");
    } finally {
      if (acquired) {
        oneAtATime.release();
      }
      delete(work);
    }
  }

  private List<String> command(Path input, Path outputFolder) throws IOException {
    return List.of(soffice, "-env:UserInstallation=" + profile().toUri(), "--headless", "--norestore",
        "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir",
        outputFolder.toString(), input.toString());
  }

  /** The application's own LibreOffice profile, made at the first conversion. */
  private synchronized Path profile() throws IOException {
    if (profile == null) {
      profile = Files.createTempDirectory("supervision-talk-soffice-profile");
    }
    return profile;
  }

  /** The profile goes with the application. */
  @PreDestroy
  synchronized void removeProfile() {
    delete(profile);
    profile = null;
  }

  private static ResponseStatusException failed(String reason, Path work) {
    String log = "";
    try {
      log = Files.readString(work.resolve("soffice.log"));
    } catch (IOException e) {
      // no log written
    }
    LOG.warn("PDF conversion failed: {}. LibreOffice said: {}", reason, log.strip());
    return unavailable("PDF 转换失败,请稍后再试,或下载 Word 文档。");
  }

  private static ResponseStatusException unavailable(String message) {
    return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, message);
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      LOG.debug("Could not delete {}", folder, e);
    }
  }
}

package cn.supervisiontalk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.report.AnnualReports;
import cn.supervisiontalk.talk.TalkSteps;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents open in LibreOffice: a talk held and archived, its record and archive downloaded as
 * PDF (/api/talks/{talkId}/record.pdf and archive.pdf, converted by {@code soffice --headless}) and
 * the year's annual report converted the same way; the PDFs' text, read with PDFBox, has the title,
 * the talkee's name and the five steps' headings, on A4 pages numbered 「— 1 —」. Needs LibreOffice
 * ({@code bash .ci/office-tools.sh} installs it): skipped where it is missing, except in CI (the
 * variable CI set), where a missing LibreOffice fails the test. The documents, .docx and .pdf,
 * are kept in the build folder's documents/ (e.g. target/documents/) for a person to look at.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:document-pdf-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class DocumentPdfIT extends ProcessTestSupport {

  static final LocalDate TALK_DATE = LocalDate.of(2027, 3, 3);
  static final String[] FIVE_STEPS = {"(一)被谈话人报告自查情况", "(二)谈话人通报有关情况,严肃指出问题",
      "(三)被谈话人就有关问题作说明", "(四)谈话人提出整改要求", "(五)被谈话人作表态发言"};

  @Autowired MockMvc mvc;
  @Autowired PdfConverter converter;
  @Autowired AnnualReports reports;

  /** LibreOffice on the PATH, as .ci/office-tools.sh installs it. */
  static Optional<Path> soffice() {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  static void libreOfficeInstalled() {
    if (soffice().isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("LibreOffice (soffice) is missing in CI: .ci/run installs it with .ci/office-tools.sh");
      }
      Assumptions.abort("LibreOffice (soffice) is not installed here: run bash .ci/office-tools.sh");
    }
  }

  @DynamicPropertySource
  static void libreOffice(DynamicPropertyRegistry properties) {
    properties.add("supervision-talk.documents.soffice",
        () -> soffice().map(Path::toString).orElse(""));
  }

  /** The document at the path as the user downloads it, kept as it came. */
  byte[] download(String user, String path, String keptAs) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))))
        .andReturn().getResponse();
    assertThat(response.getStatus()).as(path + ": " + response.getErrorMessage()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith(path.endsWith(".pdf") ? "application/pdf"
        : DocumentController.DOCX.toString());
    return kept(keptAs, response.getContentAsByteArray());
  }

  /** Keeps the document in the build folder's documents/, beside test-classes. */
  static byte[] kept(String name, byte[] document) throws Exception {
    Path testClasses = Path.of(
        DocumentPdfIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path folder = testClasses.getParent().resolve("documents");
    Files.createDirectories(folder);
    Files.write(folder.resolve(name), document);
    return document;
  }

  /** The PDF's text without line breaks and spaces (a long title wraps), after checking its pages. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isPositive();
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
      assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  @Test
  void theTalkRecordTheArchiveAndTheAnnualReportConvertToPdfWithTheirText() throws Exception {
    clockAt(LocalDate.of(2027, 2, 10), 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-03-01", "planYear", 2027));
    TalkSteps.prepare(this, talk);
    clockAt(TALK_DATE, 15);
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(TALK_DATE));
    runJobs();

    String base = "/api/talks/" + talk.getId();
    download("wanghai", base + "/record.docx", "talk-record.docx");
    String record = text(download("wanghai", base + "/record.pdf", "talk-record.pdf"));
    assertThat(record).contains("监督谈话记录", "王海", "李建国", "青山县委书记", "2027年3月3日",
        "谈话人(签字)", "被谈话人(签字)", "—1—").contains(FIVE_STEPS)
        .doesNotContain("提供的情况", "主体责任压得不实");

    new RectificationSteps(engine).rectifyAndArchive(rectificationOf(talk));
    download("liuyang", base + "/archive.docx", "archive.docx");
    String archive = text(download("liuyang", base + "/archive.pdf", "archive.pdf"));
    assertThat(archive).contains("监督谈话归档材料", "王海", "discipline提供的情况", "各项措施均已落实",
        "抄送:市纪委监委、市委组织部。").contains(FIVE_STEPS);

    byte[] reportDocx = kept("annual-report.docx", reports.docx("jiangzhou", 2027));
    String report = text(kept("annual-report.pdf", converter.toPdf(reportDocx)));
    assertThat(report).contains("中共江州市委员会关于2027年度开展监督谈话工作情况的报告",
        "一、定期谈话开展情况", "全年开展定期谈话1人次", "七、书记述职中开展监督谈话情况",
        "李建国同志作为中共江州市委员会书记,2027年度亲自开展监督谈话1人次", "王海");
  }
}

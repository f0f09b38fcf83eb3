package cn.supervisiontalk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The type of a file is what its content is, whatever its name says. */
class FileKindTest {

  @Test
  void recognizesEachAllowedKindByContent() {
    assertThat(FileKind.of(SampleFiles.pdf(100), "a.docx")).contains(FileKind.PDF);
    assertThat(FileKind.of(SampleFiles.png(), "报告.pdf")).contains(FileKind.PNG);
    assertThat(FileKind.of(SampleFiles.jpeg(), "x")).contains(FileKind.JPEG);
    assertThat(FileKind.of(SampleFiles.zip("[Content_Types].xml", "word/document.xml"), "a.pdf"))
        .contains(FileKind.DOCX);
    assertThat(FileKind.of(SampleFiles.zip("[Content_Types].xml", "xl/workbook.xml"), "a"))
        .contains(FileKind.XLSX);
    assertThat(FileKind.of(SampleFiles.zip("OFD.xml", "Doc_0/Document.xml"), "a.pdf"))
        .contains(FileKind.OFD);
    assertThat(FileKind.of(SampleFiles.ole2(), "材料.doc")).contains(FileKind.DOC);
    assertThat(FileKind.of(SampleFiles.ole2(), "台账.XLS")).contains(FileKind.XLS);
  }

  @Test
  void refusesOtherContentWhateverTheName() {
    assertThat(FileKind.of(SampleFiles.exe(), "自查报告.pdf")).isEmpty();
    assertThat(FileKind.of(SampleFiles.zip("payload.js"), "材料.docx")).isEmpty();
    assertThat(FileKind.of(SampleFiles.ole2(), "setup.msi")).isEmpty();
    assertThat(FileKind.of("纯文本".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.pdf")).isEmpty();
    assertThat(FileKind.of(new byte[0], "a.pdf")).isEmpty();
    assertThat(FileKind.of(new byte[] {'P', 'K', 3, 4, 1, 2}, "a.docx")).isEmpty();
  }

  @Test
  void namesTakeTheExtensionOfTheContent() {
    assertThat(FileNames.withExtension("扫描件.pdf", FileKind.PNG)).isEqualTo("扫描件.png");
    assertThat(FileNames.withExtension("照片.JPEG", FileKind.JPEG)).isEqualTo("照片.JPEG");
    assertThat(FileNames.withExtension("材料", FileKind.DOCX)).isEqualTo("材料.docx");
    assertThat(FileNames.clean("C:\\Users\\王海\\自查报告.pdf")).isEqualTo("自查报告.pdf");
    assertThat(FileNames.clean("../../etc/\"passwd\"")).isEqualTo("passwd");
    assertThat(FileNames.clean("  ")).isEqualTo("附件");
  }
}

package cn.supervisiontalk.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types an attachment may be, recognized by their content (magic bytes), never by their
 * name: PDF, OFD, Word (.doc, .docx), Excel (.xls, .xlsx), PNG and JPEG. OFD, .docx and .xlsx are
 * ZIP packages told apart by their entries (OFD.xml, word/, xl/); .doc and .xls share the OLE2
 * compound file header and are told apart by the name's extension, an OLE2 file named otherwise
 * being refused.
 */
enum FileKind {
  PDF("application/pdf", "pdf"),
  OFD("application/ofd", "ofd"),
  DOC("application/msword", "doc"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLS("application/vnd.ms-excel", "xls"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg");

  /** What a person is told a refused file should have been. */
  static final String ALLOWED = "PDF、OFD、Word(.doc、.docx)、Excel(.xls、.xlsx)、PNG 或 JPEG 图片";

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private final String contentType;
  private final String extension;

  FileKind(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  /** The kind the bytes are, whatever the name says; empty when none of the allowed kinds. */
  static Optional<FileKind> of(byte[] content, String fileName) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return zipKind(content);
    }
    if (startsWith(content, OLE2_MAGIC)) {
      String name = fileName.toLowerCase(Locale.ROOT);
      return name.endsWith(".doc") ? Optional.of(DOC)
          : name.endsWith(".xls") ? Optional.of(XLS) : Optional.empty();
    }
    return Optional.empty();
  }

  /** OFD, .docx or .xlsx by the package's entries; any other ZIP is none of them. */
  private static Optional<FileKind> zipKind(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (name.equalsIgnoreCase("OFD.xml")) {
          return Optional.of(OFD);
        }
        if (name.startsWith("word/")) {
          return Optional.of(DOCX);
        }
        if (name.startsWith("xl/")) {
          return Optional.of(XLSX);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}

package cn.supervisiontalk.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind for the tests: only their first bytes (and ZIP entries) matter. */
final class SampleFiles {

  private SampleFiles() {
  }

  static byte[] pdf(int size) {
    return padded("%PDF-1.7\n% 监督谈话 测试\n", size);
  }

  static byte[] png() {
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    byte[] file = new byte[64];
    System.arraycopy(header, 0, file, 0, header.length);
    return file;
  }

  static byte[] jpeg() {
    return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  }

  /** A Windows program: 「MZ」. */
  static byte[] exe() {
    return padded("MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.", 256);
  }

  static byte[] ole2() {
    byte[] file = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, file, 0, magic.length);
    return file;
  }

  static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] padded(String head, int size) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[Math.max(size, start.length)];
    System.arraycopy(start, 0, file, 0, start.length);
    for (int i = start.length; i < file.length; i++) {
      file[i] = (byte) ('a' + i % 26);
    }
    return file;
  }
}

package cn.supervisiontalk.attachment;

import java.util.Locale;

/**
 * An uploaded file's name as stored and offered for download: without any folder a browser sent,
 * control characters or quotes, at most 200 characters, and with the extension of the type its
 * content is (a PNG named 「报告.pdf」 is kept as 「报告.png」).
 */
final class FileNames {

  private static final int MAX = 200;

  private FileNames() {
  }

  static String clean(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "附件";
    }
    return name.length() > MAX ? name.substring(name.length() - MAX) : name;
  }

  /** The name with the extension of the kind, replacing another extension of an allowed kind. */
  static String withExtension(String name, FileKind kind) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("." + kind.extension()) || (kind == FileKind.JPEG && lower.endsWith(".jpeg"))) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String base = dot > 0 && name.length() - dot <= 6 ? name.substring(0, dot) : name;
    return base + "." + kind.extension();
  }
}

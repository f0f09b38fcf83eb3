package cn.supervisiontalk.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How an encrypted value is stored: {@code enc:v1:<alg>:<key id>:} followed, in a text column, by
 * the Base64 of IV, ciphertext and tag, in a binary column by those bytes themselves. The header
 * is also the associated data the tag covers, so algorithm and key id cannot be swapped. A value
 * without the prefix is plaintext (written before a key was set, or without one).
 */
final class SealedFormat {

  static final String PREFIX = "enc:v1:";
  private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
  /** Longer than any header ({@code enc:v1:sm4:0123abcd:} is 20). */
  private static final int MAX_HEADER = 40;

  private SealedFormat() {
  }

  /** A stored value's header and where its payload starts. */
  record Header(String text, String tag, String keyId) {

    int length() {
      return text.length();
    }

    byte[] bytes() {
      return text.getBytes(StandardCharsets.US_ASCII);
    }
  }

  static boolean sealed(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  static boolean sealed(byte[] value) {
    if (value == null || value.length < PREFIX_BYTES.length) {
      return false;
    }
    for (int i = 0; i < PREFIX_BYTES.length; i++) {
      if (value[i] != PREFIX_BYTES[i]) {
        return false;
      }
    }
    return true;
  }

  /** The header of a sealed text value; empty when it is malformed. */
  static Optional<Header> header(String value) {
    int tagEnd = value.indexOf(':', PREFIX.length());
    int idEnd = tagEnd < 0 ? -1 : value.indexOf(':', tagEnd + 1);
    if (idEnd < 0 || idEnd >= MAX_HEADER) {
      return Optional.empty();
    }
    return Optional.of(new Header(value.substring(0, idEnd + 1),
        value.substring(PREFIX.length(), tagEnd), value.substring(tagEnd + 1, idEnd)));
  }

  /** The header of a sealed binary value; empty when it is malformed. */
  static Optional<Header> header(byte[] value) {
    int end = Math.min(value.length, MAX_HEADER);
    return header(new String(value, 0, end, StandardCharsets.ISO_8859_1));
  }
}

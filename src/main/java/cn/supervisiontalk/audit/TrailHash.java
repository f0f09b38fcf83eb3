package cn.supervisiontalk.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The chain's hash: SM3 (GB/T 32905) over the previous row's hash and this row's fields, in a fixed
 * canonical encoding. Each field is written in this order as a 4-byte big-endian length followed by
 * its UTF-8 bytes (length -1 and no bytes for an empty field): previous hash, sequence number
 * (decimal), time (ISO-8601 UTC, milliseconds), actor, remote address, action, object type, object
 * id, outcome code, HTTP status (decimal), detail. The length prefixes make the encoding
 * unambiguous: no two different rows give the same bytes. The result is 64 lower-case hex digits.
 */
public final class TrailHash {

  /** The anchor of a new chain: the "previous hash" of its first row. */
  public static final String GENESIS = "0".repeat(64);

  private TrailHash() {
  }

  public static String of(String prevHash, long seq, Instant occurredAt, TrailEntry entry) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    field(bytes, prevHash);
    field(bytes, Long.toString(seq));
    field(bytes, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
    field(bytes, entry.actor());
    field(bytes, entry.remoteAddress());
    field(bytes, entry.action());
    field(bytes, entry.objectType());
    field(bytes, entry.objectId());
    field(bytes, entry.outcome() == null ? null : entry.outcome().code());
    field(bytes, entry.httpStatus() == null ? null : entry.httpStatus().toString());
    field(bytes, entry.detail());
    byte[] input = bytes.toByteArray();
    SM3Digest sm3 = new SM3Digest();
    sm3.update(input, 0, input.length);
    byte[] digest = new byte[sm3.getDigestSize()];
    sm3.doFinal(digest, 0);
    return HexFormat.of().formatHex(digest);
  }

  private static void field(ByteArrayOutputStream bytes, String value) {
    if (value == null) {
      bytes.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
    bytes.writeBytes(utf8);
  }
}

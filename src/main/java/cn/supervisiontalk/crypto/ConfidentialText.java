package cn.supervisiontalk.crypto;

import cn.supervisiontalk.crypto.SealedFormat.Header;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The one way the repositories keep the confidential columns of a talk (issue 15, 数据静态加密):
 * {@link #seal} on writing, {@link #open} (or {@link #rows}) on reading. With a key
 * ({@code supervision-talk.encryption.key}) each value is encrypted on its own ({@link SealedFormat});
 * without one it is kept as given, as before. Reading accepts both, so rows written before a key
 * was set stay readable until {@link ExistingRowsEncryption} has encrypted them.
 */
@Component
public class ConfidentialText {

  private final ColumnKey key;

  public ConfidentialText(@Value("${supervision-talk.encryption.key:}") String key,
      @Value("${supervision-talk.encryption.algorithm:SM4-GCM}") String algorithm) {
    this.key = EncryptionSettings.key(key, algorithm).orElse(null);
  }

  /** Whether a key is set: new values are encrypted. */
  public boolean enabled() {
    return key != null;
  }

  /** The value as it is to be stored: encrypted when a key is set; null stays null. */
  public String seal(String plain) {
    if (plain == null || key == null) {
      return plain;
    }
    byte[] header = key.headerBytes();
    return key.header() + Base64.getEncoder()
        .encodeToString(key.encrypt(plain.getBytes(StandardCharsets.UTF_8), header));
  }

  /** The value as it was written; plaintext is passed through. */
  public String open(String stored) {
    if (!SealedFormat.sealed(stored)) {
      return stored;
    }
    Header header = header(SealedFormat.header(stored).orElse(null));
    byte[] payload;
    try {
      payload = Base64.getDecoder().decode(stored.substring(header.length()));
    } catch (IllegalArgumentException e) {
      throw new SealedValueRefused("加密内容已损坏(不是有效的 Base64),无法解密。", e);
    }
    return new String(decrypt(payload, header), StandardCharsets.UTF_8);
  }

  /** File bytes as they are to be stored: header and encrypted bytes when a key is set. */
  public byte[] seal(byte[] plain) {
    if (plain == null || key == null) {
      return plain;
    }
    byte[] header = key.headerBytes();
    byte[] sealed = key.encrypt(plain, header);
    byte[] out = Arrays.copyOf(header, header.length + sealed.length);
    System.arraycopy(sealed, 0, out, header.length, sealed.length);
    return out;
  }

  /** File bytes as they were written; unencrypted bytes are passed through. */
  public byte[] open(byte[] stored) {
    if (!SealedFormat.sealed(stored)) {
      return stored;
    }
    Header header = header(SealedFormat.header(stored).orElse(null));
    return decrypt(Arrays.copyOfRange(stored, header.length(), stored.length), header);
  }

  /** Whether a stored value is encrypted (by any key). */
  public boolean sealed(String stored) {
    return SealedFormat.sealed(stored);
  }

  public boolean sealed(byte[] stored) {
    return SealedFormat.sealed(stored);
  }

  /**
   * Maps rows onto a record or class by column name, as Spring's DataClassRowMapper does, with
   * every text column opened.
   */
  public <T> RowMapper<T> rows(Class<T> type) {
    return new OpeningRowMapper<>(type, this);
  }

  /** The header of a stored value, checked against the configured key. */
  private Header header(Header header) {
    if (header == null) {
      throw new SealedValueRefused("加密内容已损坏(格式不正确),无法解密。");
    }
    if (key == null) {
      throw new SealedValueRefused("数据库中的内容已加密,但未配置密钥"
          + "(supervision-talk.encryption.key,环境变量 TALK_ENCRYPTION_KEY),无法解密。");
    }
    if (!header.tag().equals(key.algorithm().tag()) || !header.keyId().equals(key.id())) {
      throw new SealedValueRefused("内容以其他密钥或算法加密(算法 " + header.tag() + ",密钥编号 "
          + header.keyId() + "),与当前配置(" + key.algorithm().tag() + "," + key.id()
          + ")不符,无法解密。");
    }
    return header;
  }

  private byte[] decrypt(byte[] payload, Header header) {
    try {
      return key.decrypt(payload, header.bytes());
    } catch (InvalidCipherTextException e) {
      throw new SealedValueRefused("加密内容校验失败(可能已被篡改),拒绝读取。", e);
    }
  }
}

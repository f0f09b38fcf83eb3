package cn.supervisiontalk.crypto;

import java.util.Base64;
import java.util.Optional;

/**
 * Reads supervision-talk.encryption.key and .algorithm: no key, no encryption; a key must be the
 * Base64 of 16 bytes for SM4-GCM or 32 bytes for AES-GCM, else the start is refused.
 */
final class EncryptionSettings {

  private EncryptionSettings() {
  }

  static Optional<ColumnKey> key(String key, String algorithm) {
    CipherAlgorithm cipher = CipherAlgorithm.ofSetting(algorithm == null ? "" : algorithm)
        .orElseThrow(() -> new EncryptionStartRefused("supervision-talk.encryption.algorithm 只能是"
            + " SM4-GCM 或 AES-GCM,现为「" + algorithm + "」。"));
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(key.strip());
    } catch (IllegalArgumentException e) {
      throw new EncryptionStartRefused("密钥(supervision-talk.encryption.key,环境变量"
          + " TALK_ENCRYPTION_KEY)不是有效的 Base64 文本。");
    }
    if (bytes.length != cipher.keyBytes()) {
      throw new EncryptionStartRefused(cipher.setting() + " 需要 " + cipher.keyBytes()
          + " 字节的密钥(Base64 编码后 " + (cipher.keyBytes() + 2) / 3 * 4 + " 个字符),现为 "
          + bytes.length + " 字节。");
    }
    return Optional.of(new ColumnKey(cipher, bytes));
  }
}

package cn.supervisiontalk.crypto;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;

/**
 * The authenticated ciphers a confidential column may be encrypted with: SM4 (国密, GB/T 32907,
 * 128-bit key) or AES-256, both in GCM mode. The tag names the algorithm inside a stored value, so
 * values written under an earlier setting can be told apart.
 */
enum CipherAlgorithm {
  SM4_GCM("SM4-GCM", "sm4", 16),
  AES_GCM("AES-GCM", "aes", 32);

  private final String setting;
  private final String tag;
  private final int keyBytes;

  CipherAlgorithm(String setting, String tag, int keyBytes) {
    this.setting = setting;
    this.tag = tag;
    this.keyBytes = keyBytes;
  }

  /** As supervision-talk.encryption.algorithm names it. */
  String setting() {
    return setting;
  }

  /** As a stored value names it. */
  String tag() {
    return tag;
  }

  int keyBytes() {
    return keyBytes;
  }

  BlockCipher engine() {
    return this == SM4_GCM ? new SM4Engine() : AESEngine.newInstance();
  }

  static Optional<CipherAlgorithm> ofSetting(String setting) {
    return Arrays.stream(values()).filter(a -> a.setting.equalsIgnoreCase(setting.strip())).findFirst();
  }
}

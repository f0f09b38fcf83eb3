package cn.supervisiontalk.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One key of one algorithm: encrypts with a fresh random 12-byte IV per value and a 128-bit
 * authentication tag over the ciphertext and the given associated data; the output is IV followed
 * by ciphertext and tag. Its id (the first 8 hex digits of the key's SHA-256) is written with each
 * value, so a value encrypted under another key is recognized as such instead of failing blindly.
 */
final class ColumnKey {

  static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CipherAlgorithm algorithm;
  private final byte[] key;
  private final String id;

  ColumnKey(CipherAlgorithm algorithm, byte[] key) {
    if (key.length != algorithm.keyBytes()) {
      throw new IllegalArgumentException(algorithm.setting() + " needs a key of "
          + algorithm.keyBytes() + " bytes, not " + key.length);
    }
    this.algorithm = algorithm;
    this.key = key.clone();
    this.id = idOf(key);
  }

  CipherAlgorithm algorithm() {
    return algorithm;
  }

  String id() {
    return id;
  }

  byte[] encrypt(byte[] plain, byte[] associated) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    GCMModeCipher gcm = cipher(true, iv, associated);
    byte[] out = new byte[IV_BYTES + gcm.getOutputSize(plain.length)];
    System.arraycopy(iv, 0, out, 0, IV_BYTES);
    int length = gcm.processBytes(plain, 0, plain.length, out, IV_BYTES);
    try {
      gcm.doFinal(out, IV_BYTES + length);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The plain bytes; refused when the value was altered or encrypted under another key. */
  byte[] decrypt(byte[] sealed, byte[] associated) throws InvalidCipherTextException {
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new InvalidCipherTextException("too short");
    }
    GCMModeCipher gcm = cipher(false, Arrays.copyOf(sealed, IV_BYTES), associated);
    byte[] out = new byte[gcm.getOutputSize(sealed.length - IV_BYTES)];
    int length = gcm.processBytes(sealed, IV_BYTES, sealed.length - IV_BYTES, out, 0);
    length += gcm.doFinal(out, length);
    return length == out.length ? out : Arrays.copyOf(out, length);
  }

  private GCMModeCipher cipher(boolean encrypt, byte[] iv, byte[] associated) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(algorithm.engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, associated));
    return gcm;
  }

  private static String idOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The header every value under this key starts with: {@code enc:v1:<alg>:<key id>:}. */
  String header() {
    return SealedFormat.PREFIX + algorithm.tag() + ":" + id + ":";
  }

  byte[] headerBytes() {
    return header().getBytes(StandardCharsets.US_ASCII);
  }
}

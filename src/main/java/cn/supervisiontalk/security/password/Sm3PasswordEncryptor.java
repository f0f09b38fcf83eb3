package cn.supervisiontalk.security.password;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.camunda.bpm.engine.impl.digest.Base64EncodedHashDigest;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;

/**
 * SM3 (GB/T 32905, 国密杂凑算法) for the engine's passwords, the way Camunda hashes with SHA-512:
 * the engine salts the password with the person's own salt, the hash is Base64-encoded and stored
 * with the prefix {@code {SM3}}.
 */
public class Sm3PasswordEncryptor extends Base64EncodedHashDigest implements PasswordEncryptor {

  public static final String NAME = "SM3";

  @Override
  protected byte[] createByteHash(String saltedPassword) {
    byte[] input = saltedPassword.getBytes(StandardCharsets.UTF_8);
    SM3Digest digest = new SM3Digest();
    digest.update(input, 0, input.length);
    byte[] hash = new byte[digest.getDigestSize()];
    digest.doFinal(hash, 0);
    return hash;
  }

  @Override
  public String hashAlgorithmName() {
    return NAME;
  }
}

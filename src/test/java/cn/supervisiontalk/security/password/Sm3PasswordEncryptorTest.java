package cn.supervisiontalk.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.Test;

/** SM3 password hashes, and the engine's password manager with SM3 beside SHA-512. */
class Sm3PasswordEncryptorTest {

  private final Sm3PasswordEncryptor sm3 = new Sm3PasswordEncryptor();

  @Test
  void hashesWithSm3AsTheStandardsExampleSays() {
    // GB/T 32905-2016, example 1: SM3("abc")
    byte[] expected = HexFormat.of()
        .parseHex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    assertThat(sm3.encrypt("abc")).isEqualTo(Base64.getEncoder().encodeToString(expected));
    assertThat(sm3.hashAlgorithmName()).isEqualTo("SM3");
  }

  @Test
  void checksTheSaltedPassword() {
    String salted = EncryptionUtil.saltPassword("Zhang-San-2027", "c2FsdA==");
    String hash = sm3.encrypt(salted);

    assertThat(sm3.check(salted, hash)).isTrue();
    assertThat(sm3.check(EncryptionUtil.saltPassword("Zhang-San-2027", "b3RoZXI="), hash)).isFalse();
    assertThat(sm3.check(EncryptionUtil.saltPassword("zhang-san-2027", "c2FsdA=="), hash)).isFalse();
  }

  @Test
  void withSm3ConfiguredSha512HashesStillVerifyAndTheOtherWayRound() {
    PasswordManager sm3First = new PasswordManager(sm3, List.of());
    PasswordManager sha512First = new PasswordManager(new Sha512HashDigest(), List.of(sm3));

    String sm3Hash = sm3First.encrypt("Li-Si-passwort-9");
    String shaHash = sha512First.encrypt("Li-Si-passwort-9");

    assertThat(sm3Hash).startsWith("{SM3}");
    assertThat(shaHash).startsWith("{SHA-512}");
    assertThat(sm3First.check("Li-Si-passwort-9", shaHash)).isTrue();
    assertThat(sha512First.check("Li-Si-passwort-9", sm3Hash)).isTrue();
    assertThat(sha512First.check("Li-Si-passwort-8", sm3Hash)).isFalse();
  }
}

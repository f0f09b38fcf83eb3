package cn.supervisiontalk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.security.ProductionStartRefusedAnalyzer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.BeanCreationException;

/** The column cipher: round trips, plaintext passthrough, tampering and wrong keys refused. */
class ConfidentialTextTest {

  private static final String SM4_KEY = key(16, 1);
  private static final String AES_KEY = key(32, 2);
  private static final String RECORD = "(二)谈话人指出的问题: 履行第一责任人职责不到位;巡察整改滞后。";

  @ParameterizedTest
  @ValueSource(strings = {"SM4-GCM", "AES-GCM"})
  void textRoundTrips(String algorithm) {
    ConfidentialText text = new ConfidentialText(keyFor(algorithm), algorithm);

    String sealed = text.seal(RECORD);

    assertThat(sealed).startsWith("enc:v1:" + (algorithm.startsWith("SM4") ? "sm4" : "aes") + ":")
        .doesNotContain("谈话").doesNotContain("问题");
    assertThat(text.sealed(sealed)).isTrue();
    assertThat(text.open(sealed)).isEqualTo(RECORD);
    assertThat(text.open(text.seal(""))).isEmpty();
  }

  @Test
  void everyValueHasItsOwnIv() {
    ConfidentialText text = new ConfidentialText(SM4_KEY, "SM4-GCM");

    assertThat(text.seal(RECORD)).isNotEqualTo(text.seal(RECORD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SM4-GCM", "AES-GCM"})
  void bytesRoundTrip(String algorithm) {
    ConfidentialText text = new ConfidentialText(keyFor(algorithm), algorithm);
    byte[] file = "%PDF-1.7 自查报告".getBytes(StandardCharsets.UTF_8);

    byte[] sealed = text.seal(file);

    assertThat(text.sealed(sealed)).isTrue();
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    assertThat(text.open(sealed)).isEqualTo(file);
  }

  @Test
  void plaintextAndNullPassThrough() {
    ConfidentialText text = new ConfidentialText(SM4_KEY, "SM4-GCM");
    ConfidentialText none = new ConfidentialText("", "SM4-GCM");

    assertThat(text.open(RECORD)).isEqualTo(RECORD);
    assertThat(text.open((String) null)).isNull();
    assertThat(text.seal((String) null)).isNull();
    assertThat(text.open("%PDF".getBytes(StandardCharsets.US_ASCII))).containsExactly('%', 'P', 'D', 'F');
    assertThat(none.enabled()).isFalse();
    assertThat(none.seal(RECORD)).isEqualTo(RECORD);
    assertThat(none.open(RECORD)).isEqualTo(RECORD);
  }

  @Test
  void tamperedCiphertextIsRefused() {
    ConfidentialText text = new ConfidentialText(AES_KEY, "AES-GCM");
    String sealed = text.seal(RECORD);
    int at = sealed.length() - 10;
    String tampered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
    byte[] file = text.seal(new byte[] {1, 2, 3, 4});
    file[file.length - 1] ^= 1;

    assertThatThrownBy(() -> text.open(tampered)).isInstanceOf(SealedValueRefused.class)
        .hasMessageContaining("篡改");
    assertThatThrownBy(() -> text.open(file)).isInstanceOf(SealedValueRefused.class)
        .hasMessageContaining("篡改");
    assertThatThrownBy(() -> text.open("enc:v1:aes:" + sealed.substring(11, 20) + "%%%"))
        .isInstanceOf(SealedValueRefused.class);
  }

  @Test
  void headerCannotBeSwapped() {
    ConfidentialText text = new ConfidentialText(SM4_KEY, "SM4-GCM");
    String sealed = text.seal(RECORD);
    String payload = sealed.substring(sealed.lastIndexOf(':') + 1);

    // the key id of another key in the header: refused before decrypting
    assertThatThrownBy(() -> text.open("enc:v1:sm4:00000000:" + payload))
        .isInstanceOf(SealedValueRefused.class).hasMessageContaining("其他密钥");
  }

  @Test
  void wrongKeyIsRefused() {
    String sealed = new ConfidentialText(SM4_KEY, "SM4-GCM").seal(RECORD);

    assertThatThrownBy(() -> new ConfidentialText(key(16, 9), "SM4-GCM").open(sealed))
        .isInstanceOf(SealedValueRefused.class).hasMessageContaining("其他密钥");
    assertThatThrownBy(() -> new ConfidentialText(AES_KEY, "AES-GCM").open(sealed))
        .isInstanceOf(SealedValueRefused.class).hasMessageContaining("其他密钥");
    assertThatThrownBy(() -> new ConfidentialText("", "SM4-GCM").open(sealed))
        .isInstanceOf(SealedValueRefused.class).hasMessageContaining("未配置密钥");
  }

  @Test
  void wrongKeyWithForgedIdFailsAuthentication() throws Exception {
    ColumnKey right = new ColumnKey(CipherAlgorithm.SM4_GCM, Base64.getDecoder().decode(SM4_KEY));
    ColumnKey wrong = new ColumnKey(CipherAlgorithm.SM4_GCM, Base64.getDecoder().decode(key(16, 7)));
    byte[] header = right.headerBytes();
    byte[] sealed = right.encrypt(RECORD.getBytes(StandardCharsets.UTF_8), header);

    assertThatThrownBy(() -> wrong.decrypt(sealed, header))
        .isInstanceOf(org.bouncycastle.crypto.InvalidCipherTextException.class);
    assertThat(new String(right.decrypt(sealed, header), StandardCharsets.UTF_8)).isEqualTo(RECORD);
  }

  @Test
  void badSettingsRefuseTheStartInChinese() {
    assertThatThrownBy(() -> new ConfidentialText("不是Base64", "SM4-GCM"))
        .isInstanceOf(EncryptionStartRefused.class).hasMessageContaining("Base64");
    assertThatThrownBy(() -> new ConfidentialText(AES_KEY, "SM4-GCM"))
        .isInstanceOf(EncryptionStartRefused.class).hasMessageContaining("16 字节").hasMessageContaining("32 字节");
    assertThatThrownBy(() -> new ConfidentialText(SM4_KEY, "DES"))
        .isInstanceOf(EncryptionStartRefused.class).hasMessageContaining("SM4-GCM 或 AES-GCM");
    assertThatThrownBy(() -> new ConfidentialText("", "RC4"))
        .isInstanceOf(EncryptionStartRefused.class);
    assertThat(new ConfidentialText(AES_KEY, "aes-gcm").enabled()).isTrue();
  }

  @Test
  void theRefusalIsPrintedAsItsOneLine() {
    Throwable failure = new BeanCreationException("confidentialText", "failed",
        new EncryptionStartRefused("密钥不是有效的 Base64 文本。"));

    assertThat(new ProductionStartRefusedAnalyzer().analyze(failure).getDescription())
        .isEqualTo("数据加密配置有误,拒绝启动: 密钥不是有效的 Base64 文本。");
  }

  private static String keyFor(String algorithm) {
    return algorithm.startsWith("SM4") ? SM4_KEY : AES_KEY;
  }

  private static String key(int bytes, int seed) {
    byte[] key = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      key[i] = (byte) (seed * 31 + i * 7);
    }
    return Base64.getEncoder().encodeToString(key);
  }
}

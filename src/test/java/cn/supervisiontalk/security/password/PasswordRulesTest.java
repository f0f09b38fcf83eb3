package cn.supervisiontalk.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the password policy, one by one, and their Chinese text. */
class PasswordRulesTest {

  private static final PasswordManager PASSWORDS =
      new PasswordManager(new Sha512HashDigest(), List.of(new Sm3PasswordEncryptor()));

  @Test
  void lengthCountsCharactersNotBytes() {
    MinimumLengthRule rule = new MinimumLengthRule(12);
    assertThat(rule.execute("Abcdefghij1!")).isTrue();
    assertThat(rule.execute("Abcdefghij1")).isFalse();
    assertThat(rule.execute("监督谈话口令监督谈话口令")).isTrue();
    assertThat(rule.getParameters()).containsEntry("minLength", "12");
  }

  @ParameterizedTest(name = "{0}: {1} classes")
  @CsvSource({
      "abcdefgh, 1",
      "abcdEFGH, 2",
      "abcdEF12, 3",
      "abcdEF1!, 4",
      "'abc 1234', 3",
      "监督abc123, 3",
      "ABC-1234, 3"})
  void countsUpperLowerDigitsAndOthers(String password, int classes) {
    assertThat(CharacterClassesRule.classes(password)).isEqualTo(classes);
    assertThat(new CharacterClassesRule(3).execute(password)).isEqualTo(classes >= 3);
  }

  @Test
  void theUserIdMayNotBeInThePasswordInAnyCase() {
    UserIdRule rule = new UserIdRule();
    assertThat(rule.execute("Xx-LiuYang-2027", user("liuyang"))).isFalse();
    assertThat(rule.execute("Xx-Liu-Yang-2027", user("liuyang"))).isTrue();
    assertThat(rule.execute("Xx-LiuYang-2027", null)).isTrue();
  }

  @Test
  void aPasswordOfTheHistoryOrTheCurrentOneIsNotUsedAgain() {
    PasswordHistory history = mock(PasswordHistory.class);
    when(history.latest("liuyang", 3)).thenReturn(List.of(
        stored("Second-pass-2026", "c2FsdDI="), stored("First-pass-2025", "c2FsdDE=")));
    PasswordReuseRule rule = new PasswordReuseRule(3, history, PASSWORDS);
    UserEntity person = user("liuyang");
    person.setDbPassword(PASSWORDS.encrypt(EncryptionUtil.saltPassword("Current-pass-2027", "c2FsdDM=")));
    person.setSalt("c2FsdDM=");

    person.setPassword("First-pass-2025");
    assertThat(rule.execute("First-pass-2025", person)).isFalse();
    person.setPassword("Current-pass-2027");
    assertThat(rule.execute("Current-pass-2027", person)).isFalse();
    person.setPassword("Brand-new-pass-2028");
    assertThat(rule.execute("Brand-new-pass-2028", person)).isTrue();
  }

  @Test
  void reuseIsJudgedOnlyWhenAPasswordIsBeingSet() {
    PasswordHistory history = mock(PasswordHistory.class);
    when(history.latest("liuyang", 5)).thenReturn(List.of(stored("First-pass-2025", "c2FsdDE=")));
    PasswordReuseRule rule = new PasswordReuseRule(5, history, PASSWORDS);

    // Camunda's check endpoint: a user without a new password, or none at all
    assertThat(rule.execute("First-pass-2025", user("liuyang"))).isTrue();
    assertThat(rule.execute("First-pass-2025", null)).isTrue();
  }

  @Test
  void rulesReadInChinese() {
    assertThat(PasswordRuleText.refusal(List.of(new MinimumLengthRule(12),
        new CharacterClassesRule(3), new UserIdRule())))
        .isEqualTo("口令不符合要求,未保存: 口令须至少 12 个字符;"
            + "包含大写字母、小写字母、数字、其他符号四类中的至少 3 类;不得包含用户名。");
    assertThat(PasswordRuleText.of(new PasswordReuseRule(5, null, null)))
        .isEqualTo("不得与最近 5 次使用过的口令相同");
  }

  private static UserEntity user(String id) {
    return new UserEntity(id);
  }

  private static PasswordHistory.Stored stored(String password, String salt) {
    return new PasswordHistory.Stored(
        PASSWORDS.encrypt(EncryptionUtil.saltPassword(password, salt)), salt);
  }
}

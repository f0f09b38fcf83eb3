package cn.supervisiontalk.security.settings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The password and session rules the security administrator sets (等级保护: 身份鉴别, 会话管理).
 * {@code changedBy} and {@code changedAt} say who set them and when; both are null while the
 * defaults of application.yaml apply.
 *
 * @param minLength the fewest characters a password has
 * @param requiredClasses of the four character classes (upper case, lower case, digit, other)
 *     how many a password contains
 * @param expiryDays after how many days a password must be changed; 0: never
 * @param historySize how many of the person's previous passwords may not be used again
 * @param idleTimeoutMinutes after how many minutes without a request a webapp session ends
 * @param singleLogin whether a new login ends the person's earlier session
 */
public record SecuritySettings(int minLength, int requiredClasses, int expiryDays,
    int historySize, int idleTimeoutMinutes, boolean singleLogin, String changedBy,
    OffsetDateTime changedAt) {

  static final int MIN_LENGTH_LOWEST = 8;
  static final int MIN_LENGTH_HIGHEST = 64;
  static final int EXPIRY_DAYS_HIGHEST = 3650;
  static final int HISTORY_HIGHEST = 24;
  static final int IDLE_HIGHEST = 1440;

  /** The same rules, recorded as set by {@code by} at {@code at}. */
  public SecuritySettings changed(String by, OffsetDateTime at) {
    return new SecuritySettings(minLength, requiredClasses, expiryDays, historySize,
        idleTimeoutMinutes, singleLogin, by, at);
  }

  /** Refuses values outside their range, naming every one in Chinese. */
  public SecuritySettings validated() {
    List<String> problems = new ArrayList<>();
    range(problems, "口令最小长度", minLength, MIN_LENGTH_LOWEST, MIN_LENGTH_HIGHEST);
    range(problems, "口令须包含的字符类别数", requiredClasses, 1, 4);
    range(problems, "口令有效期(天,0 表示不过期)", expiryDays, 0, EXPIRY_DAYS_HIGHEST);
    range(problems, "不得重复使用的历史口令个数", historySize, 0, HISTORY_HIGHEST);
    range(problems, "会话闲置超时(分钟)", idleTimeoutMinutes, 1, IDLE_HIGHEST);
    if (minLength < requiredClasses) {
      problems.add("口令最小长度不得小于须包含的字符类别数");
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("安全设置未保存: " + String.join(";", problems) + "。");
    }
    return this;
  }

  private static void range(List<String> problems, String name, int value, int lowest,
      int highest) {
    if (value < lowest || value > highest) {
      problems.add(name + "应在 " + lowest + " 至 " + highest + " 之间,收到 " + value);
    }
  }
}

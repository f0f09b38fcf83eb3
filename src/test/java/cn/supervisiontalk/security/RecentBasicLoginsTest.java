package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentBasicLoginsTest {

  private final RecentBasicLogins logins = new RecentBasicLogins(Duration.ofMinutes(1));

  @Test
  void aLoginIsFoundOnlyWithTheSamePassword() {
    logins.remember("wanghai", "Wang-Hai-2027", List.of("talkee"), List.of(), logins.generation());

    assertThat(logins.find("wanghai", "Wang-Hai-2027").groups()).containsExactly("talkee");
    assertThat(logins.find("wanghai", "wang-hai-2027")).isNull();
    assertThat(logins.find("wanghai2", "Wang-Hai-2027")).isNull();
    assertThat(logins.find("wanghai", "")).isNull();
  }

  @Test
  void aChangeOfPeopleOrGroupsForgetsEveryLogin() {
    logins.remember("wanghai", "Wang-Hai-2027", List.of("talkee"), List.of(), logins.generation());
    logins.remember("huangjing", "Huang-Jing-2027", List.of("office"), List.of(), logins.generation());

    logins.forgetAll();

    assertThat(logins.find("wanghai", "Wang-Hai-2027")).isNull();
    assertThat(logins.find("huangjing", "Huang-Jing-2027")).isNull();
  }

  @Test
  void aLoginCheckedBeforeAChangeIsNotKept() {
    long checkedAt = logins.generation();
    logins.forgetAll();

    logins.remember("wanghai", "Wang-Hai-2027", List.of("talkee"), List.of(), checkedAt);

    assertThat(logins.find("wanghai", "Wang-Hai-2027")).isNull();
  }

  @Test
  void aLoginIsForgottenWhenItExpiresAndNothingIsKeptWhenTurnedOff() throws InterruptedException {
    RecentBasicLogins brief = new RecentBasicLogins(Duration.ofMillis(50));
    brief.remember("wanghai", "Wang-Hai-2027", List.of("talkee"), List.of(), brief.generation());
    assertThat(brief.find("wanghai", "Wang-Hai-2027")).isNotNull();
    Thread.sleep(80);
    assertThat(brief.find("wanghai", "Wang-Hai-2027")).isNull();

    RecentBasicLogins off = new RecentBasicLogins(Duration.ZERO);
    off.remember("wanghai", "Wang-Hai-2027", List.of("talkee"), List.of(), off.generation());
    assertThat(off.find("wanghai", "Wang-Hai-2027")).isNull();
  }
}

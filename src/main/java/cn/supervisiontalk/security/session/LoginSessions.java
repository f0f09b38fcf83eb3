package cn.supervisiontalk.security.session;

import cn.supervisiontalk.security.settings.SecuritySettings;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The webapp logins of this server and the session rules on them: a session idle longer than the
 * security administrator's timeout ends, and with 「一人一处登录」 a new login ends the person's
 * earlier sessions. An ended session is invalidated at its next request, which learns why
 * ({@link #check}). Sessions live in this server's memory: in a cluster the balancer must keep a
 * person on one server (sticky sessions) or the sessions must be shared.
 */
@Component
public class LoginSessions implements HttpSessionListener {

  static final String USER = LoginSessions.class.getName() + ".user";
  static final String LAST_ACTIVITY = LoginSessions.class.getName() + ".lastActivity";
  static final String REPLACED = LoginSessions.class.getName() + ".replaced";

  public static final String IDLE_MESSAGE = "会话闲置已超过 %d 分钟,已自动结束,请重新登录。";
  public static final String REPLACED_MESSAGE =
      "您的账号已在别处登录,本会话已结束。如非本人操作,请立即修改口令并告知安全管理员。";

  /** Per person: their sessions on this server by session id. */
  private final Map<String, Map<String, HttpSession>> byUser = new ConcurrentHashMap<>();

  /**
   * For a request of {@code userId}'s session: null if the session goes on, else why it ended,
   * the session then invalidated. A request that is the person's {@code activity} (not a page's
   * automatic refresh) makes now the session's last activity.
   */
  public String check(HttpSession session, String userId, SecuritySettings settings,
      boolean activity) {
    long now = ClockUtil.getCurrentTime().getTime();
    String ended = null;
    if (session.getAttribute(REPLACED) != null) {
      ended = REPLACED_MESSAGE;
    } else if (session.getAttribute(LAST_ACTIVITY) instanceof Long last
        && now - last > settings.idleTimeoutMinutes() * 60_000L) {
      ended = IDLE_MESSAGE.formatted(settings.idleTimeoutMinutes());
    }
    if (ended != null) {
      session.invalidate();
      return ended;
    }
    if (!userId.equals(session.getAttribute(USER))) {
      loggedIn(session, userId, settings.singleLogin());
    }
    if (activity || session.getAttribute(LAST_ACTIVITY) == null) {
      session.setAttribute(LAST_ACTIVITY, now);
    }
    int timeout = settings.idleTimeoutMinutes() * 60;
    if (session.getMaxInactiveInterval() != timeout) {
      session.setMaxInactiveInterval(timeout);
    }
    return null;
  }

  /** A login of {@code userId} in this session; with single login their other sessions end. */
  public void loggedIn(HttpSession session, String userId, boolean singleLogin) {
    session.setAttribute(USER, userId);
    session.setAttribute(LAST_ACTIVITY, ClockUtil.getCurrentTime().getTime());
    Map<String, HttpSession> sessions = byUser.computeIfAbsent(userId, id -> new ConcurrentHashMap<>());
    if (singleLogin) {
      sessions.values().stream().filter(other -> !other.getId().equals(session.getId()))
          .forEach(LoginSessions::replace);
    }
    sessions.put(session.getId(), session);
  }

  /** Whether the session is known as {@code userId}'s login. */
  public boolean knows(HttpSession session, String userId) {
    return userId.equals(session.getAttribute(USER));
  }

  private static void replace(HttpSession other) {
    try {
      other.setAttribute(REPLACED, Boolean.TRUE);
    } catch (IllegalStateException alreadyInvalidated) {
      // ended meanwhile: sessionDestroyed removes it
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    HttpSession session = event.getSession();
    byUser.values().forEach(sessions -> sessions.remove(session.getId()));
    byUser.values().removeIf(Map::isEmpty);
  }
}

package cn.supervisiontalk.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One answer for a talk that does not exist and for a talk the person may not see (article 16:
 * the talks are known only to those concerned), so that an id tried by someone outside the talk
 * reveals nothing, not even that the talk exists: 404 with the same message. Used by the archive,
 * ledger, copy and document endpoints.
 */
public final class UnseenTalk {

  public static final String MESSAGE = "未找到该谈话的材料,或您无权查阅。";

  private UnseenTalk() {
  }

  public static ResponseStatusException refusal() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, MESSAGE);
  }
}

package cn.supervisiontalk.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is behind work the application does while serving a request, such as a copy made when a task
 * is completed: the person {@link AccessTrailFilter} found on the request (the HTTP basic user or
 * the webapps' login), or {@link TrailEntry#SYSTEM} outside a request (the job executor, timers).
 */
public final class RequestActor {

  static final String ATTRIBUTE = RequestActor.class.getName();

  private RequestActor() {
  }

  public static String current() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object actor = request == null ? null
        : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return actor instanceof String id && !id.isBlank() ? id : TrailEntry.SYSTEM;
  }
}

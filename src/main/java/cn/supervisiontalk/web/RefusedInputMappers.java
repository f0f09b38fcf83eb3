package cn.supervisiontalk.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API wraps an exception thrown by a listener (say, a refused start form) into a
 * 500 "Cannot instantiate process definition …". Where the cause is refused input
 * ({@link BadUserRequestException}, e.g. our Chinese validation messages), these mappers answer 400
 * with that message alone; a concurrent change by another person answers 409 in Chinese; anything
 * else goes to Camunda's own handlers unchanged.
 */
public final class RefusedInputMappers {

  private RefusedInputMappers() {
  }

  static Response refused(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return Response.status(Response.Status.CONFLICT)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "OptimisticLockingException",
                "message", "该谈话刚被他人同时办理,您的提交未保存。请刷新后重新提交。"))
            .build();
      }
      if (cause instanceof BadUserRequestException refused) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", refused.getMessage()))
            .build();
      }
    }
    return null;
  }

  /** For exceptions the REST resources have already wrapped. */
  @Priority(1)
  public static class Rest implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Response response = refused(exception);
      return response != null ? response : camunda.toResponse(exception);
    }
  }

  /** For engine exceptions that reach the REST layer unwrapped. */
  @Priority(1)
  public static class Engine implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response response = refused(exception);
      return response != null ? response : camunda.toResponse(exception);
    }
  }
}

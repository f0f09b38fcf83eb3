package cn.supervisiontalk.web;

import cn.supervisiontalk.security.password.PasswordRuleText;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.SpinRuntimeException;
import org.glassfish.jersey.server.ParamException;

/**
 * Every refusal of the engine REST API answers in Chinese. The API wraps an exception thrown by a
 * listener (say, a refused start form) into a 500 "Cannot instantiate process definition …"; where
 * the cause is refused input ({@link BadUserRequestException}, e.g. our Chinese validation
 * messages), these mappers answer 400 with that message alone; a value the database cannot hold
 * (too long, wrong format) 400; a concurrent change by another person 409; a missing permission
 * 403; an unknown object 404. Camunda's own answer (with its English detail kept as
 * {@code detail}) is translated by its status; the command has rolled back in every case.
 */
public final class RefusedInputMappers {

  static final String INVALID = "提交的内容不符合要求(如取值类型不正确或参数无效),未保存。请检查后重新提交。";
  static final String TOO_LONG = "提交的内容过长或格式不符合要求,未保存。请精简后重新提交。";
  static final String CONFLICT = ConcurrentChanges.TASK_TAKEN;
  static final String FORBIDDEN = "您无权执行此操作或查看此内容。";
  static final String NOT_FOUND = "未找到所请求的内容,可能已办理完毕或不存在。";
  static final String NOT_JSON = "请求内容不是有效的 JSON,未保存。";
  static final String SERVER_ERROR = "系统内部错误,您的提交未保存。请稍后重试或联系管理员。";

  private RefusedInputMappers() {
  }

  static Response refused(Throwable error) {
    if (ConcurrentChanges.lostRace(error)) {
      return answer(409, "OptimisticLockingException", CONFLICT, null);
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String password = PasswordRuleText.engineRefusal(cause);
      if (password != null) {
        return answer(400, "PasswordPolicyException", password, null);
      }
      if (cause instanceof AuthorizationException refused) {
        // the application's own refusals say why in Chinese; Camunda's English ones do not reach people
        return answer(403, "AuthorizationException",
            chinese(refused.getMessage()) ? refused.getMessage() : FORBIDDEN, null);
      }
      if (cause instanceof NotFoundException || (cause instanceof NullValueException missing
          && String.valueOf(missing.getMessage()).startsWith("Cannot find"))) {
        return answer(404, "NotFoundException", NOT_FOUND, null);
      }
      if (cause instanceof NullValueException) {
        return answer(400, "InvalidRequestException", INVALID, null);
      }
      if (cause instanceof BadUserRequestException refused) {
        return chinese(refused.getMessage())
            ? answer(400, "InvalidRequestException", refused.getMessage(), null)
            : answer(400, "InvalidRequestException", INVALID, refused.getMessage());
      }
      if (cause instanceof SpinRuntimeException) {
        // a Json variable that is not JSON, found when the form's rules read it
        return answer(400, "InvalidRequestException", INVALID, null);
      }
      if (isDataError(cause)) {
        return answer(400, "InvalidRequestException", TOO_LONG, null);
      }
    }
    return null;
  }

  /** Camunda's own answer, its message put into Chinese by status. */
  static Response translated(Response camunda) {
    int status = camunda.getStatus();
    if (status < 400 || status >= 500) {
      return camunda;
    }
    String detail = detail(camunda.getEntity());
    if (chinese(detail)) {
      return answer(status, type(camunda.getEntity()), detail, null);
    }
    String message = switch (status) {
      case 401 -> "请先登录。";
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> "不支持该请求方法。";
      case 406, 415 -> "不支持该请求或应答的格式,请使用 JSON。";
      case 409 -> CONFLICT;
      default -> INVALID;
    };
    return answer(status, type(camunda.getEntity()), message, status == 400 ? detail : null);
  }

  private static Response answer(int status, String type, String message, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (detail != null) {
      body.put("detail", detail);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static boolean isDataError(Throwable cause) {
    if (cause instanceof SQLException sql) {
      // SQLSTATE class 22: data exception (value too long, invalid format, out of range)
      for (SQLException e = sql; e != null; e = e.getNextException()) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A message written in Chinese (ours), not an English one that merely quotes Chinese input. */
  static boolean chinese(String text) {
    return text != null && text.codePoints().filter(Character::isLetter).findFirst()
        .stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String detail(Object entity) {
    if (entity instanceof org.camunda.bpm.engine.rest.dto.ExceptionDto dto) {
      return dto.getMessage();
    }
    return entity instanceof String text ? text : null;
  }

  private static String type(Object entity) {
    if (entity instanceof org.camunda.bpm.engine.rest.dto.ExceptionDto dto && dto.getType() != null) {
      return dto.getType();
    }
    return "InvalidRequestException";
  }

  /**
   * A missing permission on a task that another person has just completed is a lost race, not a
   * refusal: the task's grants went with it while this command was reading it.
   */
  static Response refused(Throwable error, String path) {
    Response response = refused(error);
    if (response != null && response.getStatus() == 403 && path != null
        && TaskGone.whileWorkingOn(path)) {
      return answer(409, "OptimisticLockingException", CONFLICT, null);
    }
    return response;
  }

  /** For exceptions the REST resources have already wrapped. */
  @Priority(1)
  public static class Rest implements jakarta.ws.rs.ext.ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    @Context private UriInfo uri;

    @Override
    public Response toResponse(RestException exception) {
      Response response = refused(exception, uri == null ? null : uri.getPath());
      return response != null ? response : translated(camunda.toResponse(exception));
    }
  }

  /** For engine exceptions that reach the REST layer unwrapped. */
  @Priority(1)
  public static class Engine implements jakarta.ws.rs.ext.ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
    @Context private UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response response = refused(exception, uri == null ? null : uri.getPath());
      return response != null ? response : translated(camunda.toResponse(exception));
    }
  }

  /**
   * A write of the application's own tables that lost a race (Spring's exception, which the REST
   * resources do not wrap): a 409, never the SQL text in a 500.
   */
  @Priority(1)
  public static class LostRace
      implements jakarta.ws.rs.ext.ExceptionMapper<org.springframework.dao.DataAccessException> {
    @Override
    public Response toResponse(org.springframework.dao.DataAccessException exception) {
      Response response = refused(exception);
      return response != null ? response : answer(500, "ServerError", SERVER_ERROR, null);
    }
  }

  /** Malformed JSON in a request body. */
  @Priority(1)
  public static class MalformedJson implements jakarta.ws.rs.ext.ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return answer(400, "InvalidRequestException", NOT_JSON, null);
    }
  }

  /** JSON of the wrong shape, e.g. a list where an object belongs. */
  @Priority(1)
  public static class WrongJson implements jakarta.ws.rs.ext.ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return answer(400, "InvalidRequestException", INVALID, null);
    }
  }

  /** Refusals by the REST framework itself: unknown path, wrong method, wrong media type. */
  @Priority(1)
  public static class Framework implements jakarta.ws.rs.ext.ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      if (exception instanceof ParamException) {
        // a query or path parameter of the wrong type, e.g. maxResults=abc (JAX-RS says 404)
        return answer(400, "InvalidRequestException", INVALID, null);
      }
      Response original = exception.getResponse();
      int status = original == null ? 500 : original.getStatus();
      return status >= 400 && status < 500
          ? translated(Response.status(status).entity(exception.getMessage()).build())
          : original;
    }
  }
}

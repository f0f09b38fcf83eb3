package cn.supervisiontalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

/** Refusals of the engine REST API answer with a status and a Chinese message. */
class RefusedInputMappersTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }

  private static String message(Response response) {
    return (String) body(response).get("message");
  }

  /** As the REST API wraps a listener's exception when a start or completion fails. */
  private static ProcessEngineException wrapped(Throwable cause) {
    return new ProcessEngineException("Cannot instantiate process definition talk:1:1: "
        + cause.getMessage(), cause);
  }

  @Test
  void concurrentChangeIs409() {
    Response response = RefusedInputMappers.refused(
        wrapped(new OptimisticLockingException("ENTITY was updated by another transaction")));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(message(response)).isEqualTo(RefusedInputMappers.CONFLICT);
    assertThat(body(response)).containsEntry("type", "OptimisticLockingException");
  }

  @Test
  void aLostRaceOfTheApplicationsTablesOrAClaimIs409WithoutSql() {
    SQLException unique = new SQLException("Unique index or primary key violation: insert into talk_archive",
        "23505");
    for (Throwable lost : List.of(
        new DuplicateKeyException("PreparedStatementCallback; SQL [insert into talk_archive]", unique),
        wrapped(new org.springframework.dao.CannotAcquireLockException("lock", new SQLException("t", "HYT00"))),
        new TaskAlreadyClaimedException("task-1", "liuyang"))) {
      Response response = lost instanceof DataAccessException data
          ? new RefusedInputMappers.LostRace().toResponse(data) : RefusedInputMappers.refused(lost);
      assertThat(response.getStatus()).as(lost.toString()).isEqualTo(409);
      assertThat(message(response)).isEqualTo("该任务已由他人办理或正在办理,您的提交未保存。请刷新任务列表。");
      assertThat(body(response)).doesNotContainKey("detail");
    }
    Response other = new RefusedInputMappers.LostRace().toResponse(
        new org.springframework.dao.DataIntegrityViolationException("SQL [insert into x]"));
    assertThat(other.getStatus()).isEqualTo(500);
    assertThat(message(other)).doesNotContain("SQL").contains("系统内部错误");
  }

  @Test
  void theApplicationsOwnRefusalSaysWhy() {
    Response response = RefusedInputMappers.refused(
        new AuthorizationException("姓名只能由系统管理员修改;您可以修改自己的电子邮箱。"));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(message(response)).isEqualTo("姓名只能由系统管理员修改;您可以修改自己的电子邮箱。");
  }

  @Test
  void missingPermissionIs403() {
    Response response = RefusedInputMappers.refused(
        new AuthorizationException("The user with id 'x' does not have READ permission"));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(message(response)).isEqualTo("您无权执行此操作或查看此内容。");
  }

  @Test
  void unknownObjectIs404() {
    Response response = RefusedInputMappers.refused(new NotFoundException("No task found"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(message(response)).isEqualTo(RefusedInputMappers.NOT_FOUND);
  }

  @Test
  void cannotFindIs404AndOtherNullValuesAre400() {
    Response notFound = RefusedInputMappers.refused(new NullValueException("Cannot find task with id x"));
    Response missing = RefusedInputMappers.refused(new NullValueException("taskId is null"));

    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(message(missing)).isEqualTo(RefusedInputMappers.INVALID);
  }

  @Test
  void chineseRefusalIs400WithThatMessageAlone() {
    String reason = "请填写“拟在谈话中指出的主要问题”。";
    Response response = RefusedInputMappers.refused(wrapped(new NotValidException(reason)));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(message(response)).isEqualTo(reason);
    assertThat(body(response)).doesNotContainKey("detail");
  }

  @Test
  void englishRefusalIs400WithTheGenericChineseTextAndTheEnglishAsDetail() {
    String english = "Cannot submit task form: variable 'x' has wrong type";
    Response response = RefusedInputMappers.refused(new BadUserRequestException(english));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(message(response)).isEqualTo(RefusedInputMappers.INVALID);
    assertThat(body(response)).containsEntry("detail", english);
  }

  @Test
  void englishMessageQuotingChineseInputIsNotTakenForChinese() {
    String english = "Unknown property value '谈话' for decision";
    Response response = RefusedInputMappers.refused(new BadUserRequestException(english));

    assertThat(message(response)).isEqualTo(RefusedInputMappers.INVALID);
  }

  @Test
  void valueTheDatabaseCannotHoldIs400() {
    SQLException tooLong = new SQLException(
        "ERROR: value too long for type character varying(4000)", "22001");
    Response response = RefusedInputMappers.refused(
        new ProcessEngineException("Could not execute update", tooLong));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(message(response)).isEqualTo(RefusedInputMappers.TOO_LONG);
  }

  @Test
  void dataErrorChainedAsNextExceptionIs400() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
    batch.setNextException(new SQLException("value too long for type character varying(255)", "22001"));

    assertThat(RefusedInputMappers.refused(new ProcessEngineException("flush failed", batch)).getStatus())
        .isEqualTo(400);
  }

  @Test
  void otherFailuresAreLeftToCamunda() {
    assertThat(RefusedInputMappers.refused(new ProcessEngineException("boom"))).isNull();
    assertThat(RefusedInputMappers.refused(
        new ProcessEngineException("x", new SQLException("connection refused", "08001")))).isNull();
  }

  private static Response camunda(int status, String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    return Response.status(status).entity(dto).build();
  }

  @Test
  void successAndServerErrorsAreKeptAsTheyAre() {
    Response ok = Response.ok("fine").build();
    Response failed = camunda(500, "ProcessEngineException", "boom");

    assertThat(RefusedInputMappers.translated(ok)).isSameAs(ok);
    assertThat(RefusedInputMappers.translated(failed)).isSameAs(failed);
  }

  @Test
  void clientErrorsArePutIntoChineseByStatus() {
    assertThat(message(RefusedInputMappers.translated(camunda(401, "X", "Unauthorized"))))
        .isEqualTo("请先登录。");
    assertThat(message(RefusedInputMappers.translated(camunda(403, "X", "Forbidden"))))
        .isEqualTo(RefusedInputMappers.FORBIDDEN);
    assertThat(message(RefusedInputMappers.translated(camunda(404, "X", "No task"))))
        .isEqualTo(RefusedInputMappers.NOT_FOUND);
    assertThat(message(RefusedInputMappers.translated(camunda(405, "X", "Method Not Allowed"))))
        .isEqualTo("不支持该请求方法。");
    assertThat(message(RefusedInputMappers.translated(camunda(415, "X", "Unsupported"))))
        .isEqualTo("不支持该请求或应答的格式,请使用 JSON。");
    assertThat(message(RefusedInputMappers.translated(camunda(409, "X", "Conflict"))))
        .isEqualTo(RefusedInputMappers.CONFLICT);
  }

  @Test
  void badRequestKeepsCamundasTypeAndEnglishDetail() {
    Response response = RefusedInputMappers.translated(
        camunda(400, "InvalidRequestException", "Cannot convert value 'abc' to type Integer"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response)).containsEntry("type", "InvalidRequestException")
        .containsEntry("message", RefusedInputMappers.INVALID)
        .containsEntry("detail", "Cannot convert value 'abc' to type Integer");
  }

  @Test
  void detailIsKeptOnlyForBadRequests() {
    Response response = RefusedInputMappers.translated(camunda(404, "RestException", "No task x"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(body(response)).containsEntry("type", "RestException").doesNotContainKey("detail");
  }

  @Test
  void chineseMessageOfCamundasAnswerIsKept() {
    Response response = RefusedInputMappers.translated(camunda(400, "X", "请填写“审核结论”。"));

    assertThat(message(response)).isEqualTo("请填写“审核结论”。");
  }

  @Test
  void plainTextAnswerOfTheFrameworkIsTranslatedToo() {
    Response response = RefusedInputMappers.translated(Response.status(404).entity("HTTP 404 Not Found").build());

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(body(response)).containsEntry("type", "InvalidRequestException")
        .containsEntry("message", RefusedInputMappers.NOT_FOUND);
  }

  @Test
  void restMapperAnswersInvalidRequestsInChinese() {
    Response response = new RefusedInputMappers.Rest().toResponse(
        new InvalidRequestException(Response.Status.BAD_REQUEST, "Cannot set variable x"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(message(response)).isEqualTo(RefusedInputMappers.INVALID);
  }

  @Test
  void chineseIsDecidedByTheFirstLetter() {
    assertThat(RefusedInputMappers.chinese("“谈话日期”不是有效的日期")).isTrue();
    assertThat(RefusedInputMappers.chinese("Value '谈话' is invalid")).isFalse();
    assertThat(RefusedInputMappers.chinese("123 !")).isFalse();
    assertThat(RefusedInputMappers.chinese(null)).isFalse();
  }
}

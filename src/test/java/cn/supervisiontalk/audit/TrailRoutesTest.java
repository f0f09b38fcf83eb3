package cn.supervisiontalk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.audit.TrailRoutes.Match;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of recorded requests: action, object type and id for each kind of address. */
class TrailRoutesTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /engine-rest/task/t1/form-variables, task.form.read, task, t1",
      "GET, /camunda/api/engine/engine/default/task/t1/form-variables, task.form.read, task, t1",
      "GET, /engine-rest/task/t1/variables, task.variables.read, task, t1",
      "GET, /camunda/api/engine/engine/default/task/t1/variables/selfInspectionReport, task.variables.read, task, t1",
      "GET, /engine-rest/process-instance/p1/variables, process.variables.read, process-instance, p1",
      "POST, /engine-rest/process-definition/key/regularTalk/submit-form, process.start, process-definition, regularTalk",
      "POST, /engine-rest/task/t1/submit-form, task.complete, task, t1",
      "POST, /camunda/api/engine/engine/default/task/t1/complete, task.complete, task, t1",
      "POST, /engine-rest/task/t1/claim, task.claim, task, t1",
      "POST, /engine-rest/task/t1/unclaim, task.unclaim, task, t1",
      "PUT, /engine-rest/user/wanghai/credentials, user.password, user, wanghai",
      "DELETE, /camunda/api/engine/engine/default/group/office/members/wanghai, membership.remove, group, office",
      "GET, /api/ledger/talk-1, ledger.talk.read, talk, talk-1",
      "GET, /api/archives/talk-1, archive.read, talk, talk-1",
      "GET, /api/talks/talk-1/record.docx, document.download, talk, talk-1",
      "GET, /api/talks/talk-1/attachments, attachment.list, talk, talk-1",
      "DELETE, /api/tasks/t1/attachments/a1, attachment.delete, attachment, a1",
      "GET, /api/reports/2026.pdf, report.read, report, 2026.pdf",
      "GET, /api/trail/verification, trail.verify, access-trail, "})
  void recordedRequests(String method, String path, String action, String type, String id) {
    Optional<Match> match = TrailRoutes.match(method, path);
    assertThat(match).as(path).isPresent();
    assertThat(match.get().route().action().code()).isEqualTo(action);
    assertThat(match.get().route().objectType()).isEqualTo(type);
    assertThat(match.get().pathId()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /engine-rest/task",
      "GET, /engine-rest/task/count",
      "GET, /engine-rest/variable-instance/count",
      "GET, /engine-rest/task/t1",
      "GET, /api/notices/unread-count",
      "GET, /camunda/app/tasklist/index.html",
      "POST, /engine-rest/task/t1/form-variables"})
  void unlistedRequestsAreNotRecorded(String method, String path) {
    assertThat(TrailRoutes.match(method, path)).as(path).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void otherPathVariablesGoToTheDetail() {
    Match download = TrailRoutes.match("GET", "/api/talks/talk-1/archive.pdf").orElseThrow();
    assertThat(download.extras()).isEqualTo(Map.of("file", "archive.pdf"));
    Match member = TrailRoutes.match("PUT", "/engine-rest/group/office/members/wanghai").orElseThrow();
    assertThat(member.extras()).isEqualTo(Map.of("user", "wanghai"));
    Match variable = TrailRoutes.match("GET", "/engine-rest/task/t1/variables/report").orElseThrow();
    assertThat(variable.extras()).isEqualTo(Map.of("name", "report"));
  }

  @org.junit.jupiter.api.Test
  void csvCellsAreQuotedAndNeverFormulas() {
    assertThat(TrailCsv.cell("=cmd()")).isEqualTo("'=cmd()");
    assertThat(TrailCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(TrailCsv.cell("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(TrailCsv.cell("任务「谈话准备」")).isEqualTo("任务「谈话准备」");
  }
}

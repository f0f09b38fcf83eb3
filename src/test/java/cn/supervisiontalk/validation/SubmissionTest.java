package cn.supervisiontalk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** A submission belongs to its own task or start, is open only during its command, and is taken once. */
class SubmissionTest {

  private static final Map<String, TypedValue> VALUES = Map.of(
      "explanation", Variables.stringValue("  已作说明  "),
      "looksLikeJson", Variables.stringValue("[1,2]"),
      "confirmed", Variables.booleanValue(true),
      "month", Variables.integerValue(5),
      "copyTo", Variables.objectValue(List.of("audit")).create(),
      "empty", Variables.stringValue(null));

  @Test
  void taskSubmissionIsFoundOnlyForItsTask() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    Submission.during(submission, () -> {
      assertThat(Submission.ofTask("task-1")).isSameAs(submission);
      assertThat(Submission.ofTask("task-2").isEmpty()).isTrue();
      assertThat(Submission.current()).isSameAs(submission);
      return null;
    });
  }

  @Test
  void outsideACommandThereIsNoSubmission() {
    assertThat(Submission.ofTask("task-1").isEmpty()).isTrue();
    assertThat(Submission.current().isEmpty()).isTrue();
    assertThat(Submission.current().fromPerson()).isFalse();
    assertThat(Submission.takeStart("def:1:1", "def")).isNull();
  }

  @Test
  void duringReturnsTheCommandsResultAndClosesTheSubmission() {
    Submission submission = Submission.forTask("task-1", VALUES, false);

    String result = Submission.during(submission, () -> "done");

    assertThat(result).isEqualTo("done");
    assertThat(Submission.ofTask("task-1").isEmpty()).isTrue();
  }

  @Test
  void submissionIsClosedEvenWhenTheCommandFails() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    assertThatThrownBy(() -> Submission.during(submission, () -> {
      throw new IllegalStateException("refused");
    })).hasMessage("refused");

    assertThat(Submission.current().isEmpty()).isTrue();
  }

  @Test
  void startSubmissionMatchesTheDefinitionIdOrKey() {
    Submission byKey = Submission.forStart("regularTalk", VALUES, true);
    Submission.during(byKey, () -> {
      assertThat(Submission.takeStart("otherProcess:1:7", "otherProcess")).isNull();
      assertThat(Submission.takeStart("regularTalk:3:42", "regularTalk")).isSameAs(byKey);
      return null;
    });

    Submission byId = Submission.forStart("regularTalk:3:42", VALUES, true);
    Submission.during(byId, () -> {
      assertThat(Submission.takeStart("regularTalk:3:42", "regularTalk")).isSameAs(byId);
      return null;
    });
  }

  @Test
  void startSubmissionIsTakenOnlyOnce() {
    Submission submission = Submission.forStart("regularTalk", VALUES, true);

    Submission.during(submission, () -> {
      assertThat(Submission.takeStart("regularTalk:1:1", "regularTalk")).isSameAs(submission);
      // a process started by the first (a call activity) must not read the same values
      assertThat(Submission.takeStart("regularTalk:1:1", "regularTalk")).isNull();
      return null;
    });
  }

  @Test
  void taskSubmissionIsNotAStart() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    Submission.during(submission, () -> {
      assertThat(Submission.takeStart("task-1", "task-1")).isNull();
      return null;
    });
  }

  @Test
  void nestedSubmissionsRestoreTheOuterOne() {
    Submission outer = Submission.forTask("outer", VALUES, true);
    Submission inner = Submission.forStart("timelyTalk", Map.of(), false);

    Submission.during(outer, () -> {
      Submission.during(inner, () -> {
        assertThat(Submission.current()).isSameAs(inner);
        assertThat(Submission.ofTask("outer").isEmpty()).isTrue();
        return null;
      });
      assertThat(Submission.current()).isSameAs(outer);
      assertThat(Submission.ofTask("outer")).isSameAs(outer);
      return null;
    });
    assertThat(Submission.current().isEmpty()).isTrue();
  }

  @Test
  void textIsTrimmedAndEmptyWhenAbsent() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    assertThat(submission.text("explanation")).isEqualTo("已作说明");
    assertThat(submission.text("month")).isEqualTo("5");
    assertThat(submission.text("missing")).isEmpty();
    assertThat(submission.text("empty")).isEmpty();
  }

  @Test
  void valueKeepsTextThatLooksLikeJsonAsText() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    assertThat(submission.value("looksLikeJson")).isEqualTo("[1,2]");
  }

  @Test
  void valueIsPlainJavaAndNullWhenAbsent() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    assertThat(submission.value("confirmed")).isEqualTo(true);
    assertThat(submission.value("month")).isEqualTo(5);
    assertThat(submission.value("copyTo")).isEqualTo(List.of("audit"));
    assertThat(submission.value("missing")).isNull();
    assertThat(submission.value("empty")).isNull();
  }

  @Test
  void namesTypedValuesAndOriginAreKept() {
    Submission submission = Submission.forTask("task-1", VALUES, true);

    assertThat(submission.names()).containsExactlyInAnyOrderElementsOf(VALUES.keySet());
    assertThat(submission.typed("month")).isEqualTo(VALUES.get("month"));
    assertThat(submission.fromPerson()).isTrue();
    assertThat(submission.isEmpty()).isFalse();
  }
}

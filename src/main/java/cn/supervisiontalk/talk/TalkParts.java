package cn.supervisiontalk.talk;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The written parts of a talk, each read on its own by those who may read it (article 16). */
public final class TalkParts {

  private TalkParts() {
  }

  /** Why a timely talk is held (article 5): the situation, its facts and evidence. */
  public record Grounds(String triggerCode, String facts, String evidence) {
  }

  /** The talker's preparation (article 9). */
  public record Preparation(String preparationMaterials, String preparationIssues,
      OffsetDateTime preparedAt) {
  }

  /** The talkee's self-inspection before a regular talk (article 9). */
  public record SelfInspection(String selfInspectionReport, OffsetDateTime selfInspectedAt) {
  }

  /** The record of the talk in its five steps (article 10). */
  public record Notes(LocalDate talkDate, String attendees, String selfInspectionHeard,
      String problems, String explanation, String requirements, String commitment,
      OffsetDateTime recordedAt) {
  }

  /** The talkee's measures with his reflections (article 11), and why they were last returned. */
  public record Measures(String reflections, String firstResponsibilityMeasures,
      String otherMeasures, OffsetDateTime measuresSubmittedAt, String measuresReturnReason) {
  }

  /** The talkee's report on the results (article 11), and why it was last returned. */
  public record Results(String results, OffsetDateTime resultsSubmittedAt,
      String resultsReturnReason) {
  }
}

package cn.supervisiontalk.rectification;

import java.time.OffsetDateTime;

/** One review by the general office of the measures or the results. */
public record Review(Stage stage, String decision, String comment, String reviewerId,
    OffsetDateTime reviewedAt) {

  /** What is reviewed. */
  public enum Stage { MEASURES, RESULTS }
}

package cn.supervisiontalk.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an annual plan item is based on (article 5). */
public enum PlanBasis {
  INSPECTION("巡视巡察"),
  DISCIPLINE_REVIEW("纪律审查"),
  AUDIT("审计监督"),
  SPECIAL_CHECK("专项检查"),
  ASSESSMENT("干部考核");

  private final String label;

  PlanBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String code) {
    for (PlanBasis basis : values()) {
      if (basis.name().equals(code)) {
        return basis.label;
      }
    }
    return code;
  }

  /** The basis written as its Chinese word (巡视巡察) or its code (INSPECTION). */
  public static Optional<PlanBasis> find(String word) {
    String wanted = word == null ? "" : word.trim();
    return Arrays.stream(values())
        .filter(b -> b.label.equals(wanted) || b.name().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /** The words a person may write: 巡视巡察、纪律审查、审计监督、专项检查、干部考核. */
  public static String words() {
    return Arrays.stream(values()).map(PlanBasis::label).collect(Collectors.joining("、"));
  }
}

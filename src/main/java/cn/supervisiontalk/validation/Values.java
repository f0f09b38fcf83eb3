package cn.supervisiontalk.validation;

/** Plain readings of submitted values. */
public final class Values {

  private Values() {
  }

  /** The value as text, as it is; null when missing. */
  public static String textOrNull(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  /** The value as trimmed text; empty when missing. */
  public static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }
}

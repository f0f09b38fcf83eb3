package cn.supervisiontalk.audit;

/**
 * What one access leaves in the trail, before it is given its place in the chain: who (a user id,
 * {@link #ANONYMOUS} or {@link #SYSTEM}), from where, what (an action code of {@link TrailAction}),
 * on which object, with which outcome and HTTP status, and a short detail that never holds talk
 * content. New entries are made with {@link #of}, which cuts too long values to the columns' sizes,
 * so what is hashed is what is stored; rows read back are taken exactly as stored.
 */
public record TrailEntry(String actor, String remoteAddress, String action, String objectType,
    String objectId, Outcome outcome, Integer httpStatus, String detail) {

  public static final String ANONYMOUS = "anonymous";
  public static final String SYSTEM = "system";

  /** How the access ended: done, refused (401, 403) or failed (any other error). */
  public enum Outcome {
    SUCCEEDED("成功"), REFUSED("拒绝"), FAILED("失败");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String code() {
      return name().toLowerCase();
    }

    static Outcome of(int status) {
      if (status == 401 || status == 403) {
        return REFUSED;
      }
      return status >= 400 ? FAILED : SUCCEEDED;
    }

    static Outcome ofCode(String code) {
      return valueOf(code.toUpperCase());
    }
  }

  /** A new entry: no actor is {@link #ANONYMOUS}; values are cut to the columns' sizes. */
  public static TrailEntry of(String actor, String remoteAddress, TrailAction action,
      String objectType, String objectId, Outcome outcome, Integer httpStatus, String detail) {
    return new TrailEntry(cut(actor == null || actor.isBlank() ? ANONYMOUS : actor, 128),
        cut(remoteAddress, 64), action.code(), cut(objectType, 64), cut(objectId, 255), outcome,
        httpStatus, cut(detail, 500));
  }

  /** Work the application does on its own: no person, no address, no HTTP status. */
  public static TrailEntry system(TrailAction action, String objectType, String objectId,
      String detail) {
    return of(SYSTEM, null, action, objectType, objectId, Outcome.SUCCEEDED, null, detail);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}

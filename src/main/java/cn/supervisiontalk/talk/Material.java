package cn.supervisiontalk.talk;

import java.time.OffsetDateTime;

/**
 * What one cooperating unit supplied for a talk (article 6); or, when the unit delivered nothing by
 * its due date and the office decided not to wait for it, who decided that, when and why.
 */
public record Material(String unit, String material, String attendeeId, String providedBy,
    OffsetDateTime providedAt, String waivedBy, OffsetDateTime waivedAt, String waiverReason) {

  public Material(String unit, String material, String attendeeId, String providedBy,
      OffsetDateTime providedAt) {
    this(unit, material, attendeeId, providedBy, providedAt, null, null, null);
  }

  /** A unit that provided nothing: the office's decision to go ahead without it. */
  public static Material waived(String unit, String waivedBy, OffsetDateTime waivedAt, String reason) {
    return new Material(unit, null, null, null, waivedAt, waivedBy, waivedAt, reason);
  }

  public boolean isWaived() {
    return waivedAt != null;
  }

  /** The material as the talker and the archive read it. */
  public String text() {
    return isWaived() ? "未提供(办公室决定不再等待: " + waiverReason + ")" : material;
  }
}

package cn.supervisiontalk.talk;

import java.time.OffsetDateTime;

/** What one cooperating unit supplied for a talk (article 6). */
public record Material(String unit, String material, String attendeeId, String providedBy,
    OffsetDateTime providedAt) {
}

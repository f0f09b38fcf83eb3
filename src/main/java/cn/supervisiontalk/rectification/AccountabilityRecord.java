package cn.supervisiontalk.rectification;

import java.time.OffsetDateTime;

/** A fact that calls for accountability under article 17. */
public record AccountabilityRecord(long id, String talkId, String talkeeId, AccountabilityKind kind,
    String detail, OffsetDateTime createdAt) {
}

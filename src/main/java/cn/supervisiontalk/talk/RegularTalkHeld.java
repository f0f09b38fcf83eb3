package cn.supervisiontalk.talk;

import java.time.LocalDate;

/**
 * A regular talk was held: its record is kept. Published inside the engine's transaction, so a
 * listener's work commits or rolls back with the talk record.
 */
public record RegularTalkHeld(String talkId, String organizationId, String talkeeId,
    LocalDate talkDate) {
}

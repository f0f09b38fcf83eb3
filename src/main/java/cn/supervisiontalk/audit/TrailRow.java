package cn.supervisiontalk.audit;

import java.time.Instant;

/** One row of the trail as stored: its place in the chain, its time, the entry and the hashes. */
public record TrailRow(long seq, Instant occurredAt, TrailEntry entry, String prevHash,
    String hash) {

  /** This row's hash as it should be: over the previous hash and the row's fields. */
  String expectedHash() {
    return TrailHash.of(prevHash, seq, occurredAt, entry);
  }
}

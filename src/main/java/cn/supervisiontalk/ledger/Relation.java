package cn.supervisiontalk.ledger;

import java.util.Set;

/**
 * What the viewer is to one talk (article 16), and so which of its parts they read: the office (and
 * the administrator) and the talker read all of it; the talkee their own talk without the units'
 * material, the talker's preparation and the escalations; a unit what it supplied and what was
 * copied to it — with the archive (article 12) the record, measures, results and reviews as the
 * archive gives them to the units it is copied to, with parts copied earlier (talk_copy) those parts
 * as they were copied.
 *
 * @param full the office, the administrator or the talker
 * @param talkee the talkee
 * @param supplied the viewer's units that supplied material for the talk
 * @param copied the viewer's units a part of the talk was copied to as it came into existence
 * @param archived the viewer's units the archived talk was copied to
 */
record Relation(boolean full, boolean talkee, Set<String> supplied, Set<String> copied,
    Set<String> archived) {

  /** The units that decide on accountability for a finding (rectification.bpmn, decideAccountability). */
  static final Set<String> DECIDING_UNITS = Set.of("discipline", "organization");

  /** Whether the viewer sees the talk at all. */
  boolean sees() {
    return full || talkee || !supplied.isEmpty() || !copied.isEmpty() || !archived.isEmpty();
  }

  /** The timely talk's facts and evidence, the talkee's self-inspection report. */
  boolean seesTalkeeParts() {
    return full || talkee;
  }

  /** The talk record, measures, results and reviews as they stand (the archive's parts). */
  boolean seesRecord() {
    return full || talkee || !archived.isEmpty();
  }

  /** Findings (article 17): the archive lists the missed deadlines and the outcome. */
  boolean seesFindings() {
    return full || talkee || !copied.isEmpty() || !archived.isEmpty();
  }

  /** Decisions on accountability: the office, the talker and the deciding bodies it was copied to. */
  boolean seesDecisions(Viewer viewer) {
    return full || ((!copied.isEmpty() || !archived.isEmpty())
        && DECIDING_UNITS.stream().anyMatch(viewer::inGroup));
  }

  /** Whether the viewer sees a unit's material: all of it for full readers, else their own unit's. */
  boolean seesMaterialOf(String unit, Viewer viewer) {
    return full || (!talkee && viewer.inGroup(unit));
  }

  /** Whether the viewer sees a copy to this unit: all copies for full readers, else their own. */
  boolean seesCopyTo(String unit, Viewer viewer) {
    return full || viewer.inGroup(unit);
  }
}

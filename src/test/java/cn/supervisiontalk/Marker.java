package cn.supervisiontalk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A distinctive text put into one confidential field, so that it can be found again in any raw
 * response body: {@code MARK-<code>-<run>}, the run part being random per test JVM. No marker is a
 * prefix of another.
 */
record Marker(String code) {

  /** Differs between test runs, so a marker from an earlier run can never be found by accident. */
  static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 6);

  String text() {
    return "MARK-" + code + "-" + RUN;
  }

  /** Chinese text carrying the marker, the way a person would fill the field. */
  String in(String chinese) {
    return chinese + " " + text();
  }

  @Override
  public String toString() {
    return text();
  }

  // ---- regular talk A (青山县委, talkee 王海, talker 李建国)
  static final Marker PREP_MATS = new Marker("PREP-MATS");
  static final Marker PREP_ISSUES = new Marker("PREP-ISSUES");
  static final Marker SELF = new Marker("SELF");
  /** Each unit's material in talk A, by unit (group id). */
  static final Map<String, Marker> MAT = new LinkedHashMap<>();
  static final Marker RECORD_HEARD = new Marker("RECORD-heard");
  static final Marker RECORD_PROBLEMS = new Marker("RECORD-problems");
  static final Marker RECORD_EXPLANATION = new Marker("RECORD-explanation");
  static final Marker RECORD_REQUIREMENTS = new Marker("RECORD-requirements");
  static final Marker RECORD_COMMITMENT = new Marker("RECORD-commitment");
  static final Marker REFLECT = new Marker("REFLECT");
  static final Marker MEAS_FIRST = new Marker("MEAS-first");
  static final Marker MEAS_OTHER = new Marker("MEAS-other");
  static final Marker REVIEW_RETURN = new Marker("REVIEW-return");
  static final Marker REVIEW_ACCEPT = new Marker("REVIEW-accept");
  static final Marker RESULT = new Marker("RESULT");
  static final Marker REVIEW_RESULTS = new Marker("REVIEW-results");

  // ---- timely talk T (西岭县委, talkee 高建华, talker 周海; units discipline and inspection)
  static final Marker T_FACTS = new Marker("T-FACTS");
  static final Marker T_EVID = new Marker("T-EVID");
  static final Marker T_PREP_MATS = new Marker("T-PREP-MATS");
  static final Marker T_PREP_ISSUES = new Marker("T-PREP-ISSUES");
  static final Map<String, Marker> T_MAT = new LinkedHashMap<>();

  // ---- talk proposal P (proposed by 朱红 of the inspection office, waiting for the office)
  static final Marker P_REASONS = new Marker("P-REASONS");
  static final Marker P_FACTS = new Marker("P-FACTS");

  static final List<String> UNITS =
      List.of("discipline", "organization", "propaganda", "inspection", "audit");
  static final List<String> TIMELY_UNITS = List.of("discipline", "inspection");

  static {
    UNITS.forEach(unit -> MAT.put(unit, new Marker("MAT-" + unit)));
    TIMELY_UNITS.forEach(unit -> T_MAT.put(unit, new Marker("T-MAT-" + unit)));
  }

  static final List<Marker> RECORD = List.of(RECORD_HEARD, RECORD_PROBLEMS, RECORD_EXPLANATION,
      RECORD_REQUIREMENTS, RECORD_COMMITMENT);
  /** What the rectification of talk A adds: the talkee's measures and results, the office's reviews. */
  static final List<Marker> RECTIFICATION = List.of(REFLECT, MEAS_FIRST, MEAS_OTHER, REVIEW_RETURN,
      REVIEW_ACCEPT, RESULT, REVIEW_RESULTS);
  static final List<Marker> PREPARATION = List.of(PREP_MATS, PREP_ISSUES);
  static final List<Marker> TIMELY_CASE = List.of(T_FACTS, T_EVID, T_PREP_MATS, T_PREP_ISSUES);
  static final List<Marker> PROPOSAL = List.of(P_REASONS, P_FACTS);

  static List<Marker> talkA() {
    List<Marker> all = new ArrayList<>(PREPARATION);
    all.add(SELF);
    all.addAll(MAT.values());
    all.addAll(RECORD);
    all.addAll(RECTIFICATION);
    return all;
  }

  static List<Marker> all() {
    List<Marker> all = talkA();
    all.addAll(TIMELY_CASE);
    all.addAll(T_MAT.values());
    all.addAll(PROPOSAL);
    return all;
  }
}

package cn.supervisiontalk.ledger;

import cn.supervisiontalk.security.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees which talk in the ledger (article 16), from the application's own tables: the office
 * (and the administrator) every talk of its committee; a talker the talks they hold; a talkee their
 * own; a unit's member the talks the unit supplied material for (not those it was excused from) or
 * received a copy of, as each part came into existence (talk_copy) or with the archive
 * (archive_copy); anybody else none. The same rule as a condition for the ledger's query and as
 * the {@link Relation} to one talk for its page.
 */
@Component
class LedgerAccess {

  private final JdbcClient jdbc;

  LedgerAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The condition on the talk table ({@code t}) for the talks the viewer sees, with its parameters
   * added to {@code params}; null for those who see all. Two equivalent forms, for the database to
   * plan well either way:
   *
   * <ul>
   *   <li>few talks (a talkee, a talker): one list of ids from the indexed lookups (V11), joined to
   *       the talks, so the few are found among many without reading them all;
   *   <li>many ({@code dense}: a unit that supplied material for most talks): each source as a
   *       hashed list the rows are checked against, so a page walks the order's index and stops
   *       after its rows instead of joining every visible talk first.
   * </ul>
   */
  static String condition(Viewer viewer, Map<String, Object> params, boolean dense) {
    if (viewer.roles().isEmpty() || viewer.admin()) {
      return byGroups(viewer, params, dense);
    }
    // by committee: all talks of a committee whose office the viewer works in; of another, those
    // supplied by or copied to the viewer's units there; anywhere, their own talks
    List<String> parts = new ArrayList<>();
    List<String> units = new ArrayList<>();
    int n = 0;
    for (String committee : viewer.roles().keySet()) {
      Viewer there = viewer.within(committee);
      String id = "committee" + n;
      if (there.readsAll()) {
        params.put(id, committee);
        parts.add("t.committee_id = :" + id);
      } else if (there.groups().stream().anyMatch(Roles.UNITS::contains)) {
        params.put(id, committee);
        params.put("units" + n, there.groups());
        units.add("(t.committee_id = :" + id + " and (t.id in (" + unitTalks(SUPPLIED, n)
            + ") or t.id in (" + unitTalks(COPIED, n) + ") or t.id in (" + unitTalks(ARCHIVED, n)
            + ")))");
      }
      n++;
    }
    if (parts.isEmpty() && units.isEmpty()) {
      return byGroups(new Viewer(viewer.id(), List.of(), false, Map.of()), params, dense);
    }
    params.put("viewer", viewer.id());
    parts.addAll(units);
    parts.add("t.talkee_id = :viewer");
    parts.add("t.talker_id = :viewer");
    return "(" + String.join(" or ", parts) + ")";
  }

  private static String unitTalks(String sql, int n) {
    return sql.replace(":viewerGroups", ":units" + n);
  }

  /** The condition for a viewer known by groups only, whose groups are taken as roles. */
  private static String byGroups(Viewer viewer, Map<String, Object> params, boolean dense) {
    if (viewer.readsAll()) {
      return null;
    }
    params.put("viewer", viewer.id());
    boolean units = !viewer.groups().isEmpty();
    if (units) {
      params.put("viewerGroups", viewer.groups());
    }
    if (dense) {
      return "(t.talkee_id = :viewer or t.talker_id = :viewer"
          + (units ? " or t.id in (" + SUPPLIED + ") or t.id in (" + COPIED + ") or t.id in ("
              + ARCHIVED + ")" : "")
          + ")";
    }
    return "t.id in (select v.id from talk v where v.talkee_id = :viewer"
        + " union select v.id from talk v where v.talker_id = :viewer"
        + (units ? " union " + SUPPLIED + " union " + COPIED + " union " + ARCHIVED : "") + ")";
  }

  /** The talks the viewer's units supplied material for (not those they were excused from). */
  private static final String SUPPLIED = "select m.talk_id from talk_material m"
      + " where m.unit in (:viewerGroups) and m.waived_at is null";

  /** The talks a part of which was copied to the viewer's units as it came into existence. */
  private static final String COPIED = "select c.talk_id from talk_copy c"
      + " join talk_copy_recipient r on r.copy_id = c.id where r.recipient_group in (:viewerGroups)";

  /** The archived talks copied to the viewer's units. */
  private static final String ARCHIVED =
      "select a.talk_id from archive_copy a where a.recipient_group in (:viewerGroups)";

  /** What the viewer is to the talk. */
  Relation relation(Viewer viewer, String talkId, String talkerId, String talkeeId) {
    return relations(viewer, Map.of(talkId, new String[] {talkerId, talkeeId})).get(talkId);
  }

  /**
   * What the viewer is to each of the talks (by id, with its talker and talkee): the units are
   * looked up for all of them at once.
   */
  Map<String, Relation> relations(Viewer viewer, Map<String, String[]> parties) {
    Map<String, Relation> relations = new HashMap<>();
    boolean unitsMatter = !viewer.readsAll() && !viewer.groups().isEmpty() && !parties.isEmpty();
    Map<String, Set<String>> supplied = unitsMatter ? units(parties.keySet(), viewer.groups(), """
        select talk_id, unit from talk_material
        where talk_id in (:talks) and unit in (:groups) and waived_at is null""") : Map.of();
    Map<String, Set<String>> copied = unitsMatter ? units(parties.keySet(), viewer.groups(), """
        select c.talk_id, r.recipient_group from talk_copy c
          join talk_copy_recipient r on r.copy_id = c.id
        where c.talk_id in (:talks) and r.recipient_group in (:groups)""") : Map.of();
    Map<String, Set<String>> archived = unitsMatter ? units(parties.keySet(), viewer.groups(), """
        select talk_id, recipient_group from archive_copy
        where talk_id in (:talks) and recipient_group in (:groups)""") : Map.of();
    parties.forEach((talkId, talkerAndTalkee) -> relations.put(talkId, new Relation(
        viewer.readsAll() || viewer.id().equals(talkerAndTalkee[0]),
        viewer.id().equals(talkerAndTalkee[1]),
        supplied.getOrDefault(talkId, Set.of()),
        copied.getOrDefault(talkId, Set.of()),
        archived.getOrDefault(talkId, Set.of()))));
    return relations;
  }

  private Map<String, Set<String>> units(Collection<String> talkIds, List<String> groups,
      String sql) {
    Map<String, Set<String>> units = new HashMap<>();
    jdbc.sql(sql).param("talks", talkIds).param("groups", groups)
        .query((rs, row) -> units.computeIfAbsent(rs.getString(1), id -> new HashSet<>())
            .add(rs.getString(2)))
        .list();
    return units;
  }
}

package cn.supervisiontalk.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies of a few real talks, written with set-based SQL. Each template talk was started and
 * worked on through the engine, so its rows are the engine's own: executions (the talk and the
 * rectification it called), tasks, identity links, variables (and their byte arrays), timer jobs,
 * per-talk and per-task authorizations, the full history, and the application's own record tables
 * (talk, talk_material, talk_copy, ...). A template may also be a talk run to its archive: then
 * only its history, its remaining grants and its record are copied. {@link #fill} copies a
 * template as talk number {@code g}: every id that belongs to the template (a row's id, or an id another row
 * refers to: instance, execution, task, activity instance, byte array, copy) becomes a new id made
 * from it and {@code g}, so the copies' references stay consistent; the talkee becomes one of the
 * generated talkees and the talker one of the leadership members, in turn; the tasks' due dates
 * are spread over a month around the template's.
 *
 * <p>The templates' rows are first put aside in tables {@code bench_tpl_<table>} with their
 * template's number, so that a fill reads a few hundred rows, never the filled tables.
 */
final class TalkClones {

  /** Engine tables, in an order that satisfies their foreign keys, with what picks a talk's rows. */
  private static final Map<String, String> ENGINE_TABLES = new LinkedHashMap<>();

  static {
    ENGINE_TABLES.put("act_ge_bytearray", "id_ = any(:bytearrays)");
    ENGINE_TABLES.put("act_ru_execution", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_ru_task", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_ru_identitylink", "task_id_ = any(:tasks)");
    ENGINE_TABLES.put("act_ru_variable", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_ru_job", "process_instance_id_ = any(:instances)");
    ENGINE_TABLES.put("act_ru_event_subscr", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_ru_incident", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_procinst", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_actinst", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_taskinst", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_varinst", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_detail", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_identitylink",
        "task_id_ = any(:tasks) or root_proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_op_log", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_job_log", "process_instance_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_incident", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_comment", "proc_inst_id_ = any(:instances)");
    ENGINE_TABLES.put("act_hi_attachment", "proc_inst_id_ = any(:instances)");
    // last: a grant's resource is an instance or a task of the talk
    ENGINE_TABLES.put("act_ru_authorization", "resource_id_ = any(:ids)");
  }

  /** Never copied: the access trail is a hash chain of what people did, not a talk's data. */
  private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "access_trail",
      "access_trail_head");

  private final JdbcTemplate jdbc;
  private final List<String> talks;
  private final String talkee;
  private final String talkeePrefix;
  private final int talkees;
  private final String talker;
  private final List<String> talkers;

  /** Copied tables in insertion order. */
  private final List<String> tables = new ArrayList<>();
  /** Every id of every template, as a SQL array literal. */
  private String allIds;

  /**
   * @param talks the template talks' ids (= their process instances' ids and business keys)
   * @param talkee the templates' talkee, replaced by {@code talkeePrefix + turn % talkees}
   * @param talker the templates' talker, replaced by {@code talkers[turn % size]}
   */
  TalkClones(JdbcTemplate jdbc, List<String> talks, String talkee, String talkeePrefix, int talkees,
      String talker, List<String> talkers) {
    this.jdbc = jdbc;
    this.talks = talks;
    this.talkee = talkee;
    this.talkeePrefix = talkeePrefix;
    this.talkees = talkees;
    this.talker = talker;
    this.talkers = talkers;
  }

  /** Puts the templates' rows aside; returns the number of rows per table and template. */
  Map<String, Integer> prepare() {
    List<Set<String>> idsOf = new ArrayList<>();
    for (int k = 0; k < talks.size(); k++) {
      idsOf.add(prepare(k));
    }
    Set<String> all = new LinkedHashSet<>();
    idsOf.forEach(all::addAll);
    allIds = array(all);
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (String table : tables) {
      rows.put(table, jdbc.queryForObject("select count(*) from bench_tpl_" + table, Integer.class));
    }
    return rows;
  }

  /** Template k's rows put aside; returns every id that belongs to it. */
  private Set<String> prepare(int k) {
    String talk = talks.get(k);
    // the talk, the rectification it called (same business key) and the copies of its record
    // sent to the units to read (business key "<talk>:TALK_RECORD")
    List<String> instances = jdbc.queryForList("select proc_inst_id_ from act_hi_procinst"
        + " where business_key_ = ? or business_key_ like ?", String.class, talk, talk + ":%");
    List<String> businessKeys = jdbc.queryForList("select distinct business_key_ from act_hi_procinst"
        + " where business_key_ like ?", String.class, talk + ":%");
    List<String> tasks = jdbc.queryForList(
        "select id_ from act_hi_taskinst where proc_inst_id_ = any(" + array(instances) + ")",
        String.class);
    List<String> bytearrays = jdbc.queryForList("""
        select bytearray_id_ from act_ru_variable where proc_inst_id_ = any(%1$s)
          and bytearray_id_ is not null
        union select bytearray_id_ from act_hi_varinst where proc_inst_id_ = any(%1$s)
          and bytearray_id_ is not null
        union select bytearray_id_ from act_hi_detail where proc_inst_id_ = any(%1$s)
          and bytearray_id_ is not null
        union select exception_stack_id_ from act_ru_job where process_instance_id_ = any(%1$s)
          and exception_stack_id_ is not null
        """.formatted(array(instances)), String.class);

    Set<String> ids = new LinkedHashSet<>(instances);
    ids.addAll(businessKeys);
    ids.addAll(tasks);
    ids.addAll(bytearrays);
    for (Map.Entry<String, String> table : ENGINE_TABLES.entrySet()) {
      String filter = table.getValue().replace(":instances", array(instances))
          .replace(":tasks", array(tasks)).replace(":bytearrays", array(bytearrays))
          .replace(":ids", array(ids));
      putAside(table.getKey(), filter, k);
      ids.addAll(jdbc.queryForList("select id_ from bench_tpl_" + table.getKey()
          + " where bench_k = " + k + " and id_ is not null", String.class));
    }

    // the application's tables: rows naming the talk (or a row of it) in any text column, and
    // their own keys, until no new row turns up (talk_copy → talk_copy_recipient)
    List<String> appTables = jdbc.queryForList("""
        select table_name from information_schema.tables where table_schema = 'public'
          and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like 'bench\\_%'
        order by table_name""", String.class);
    appTables.removeAll(SKIPPED);
    Map<String, String> filters = new LinkedHashMap<>();
    boolean grown = true;
    while (grown) {
      grown = false;
      String known = array(ids);
      for (String table : appTables) {
        List<String> text = textColumns(table);
        if (text.isEmpty()) {
          continue;
        }
        String filter = text.stream().map(c -> c + " = any(" + known + ")")
            .collect(Collectors.joining(" or "));
        long count = jdbc.queryForObject("select count(*) from " + table + " where " + filter,
            Long.class);
        if (count == 0) {
          continue;
        }
        filters.put(table, filter);
        // a key that is or holds a generated id (talk_copy's), not a unit's or a kind's name
        for (String key : primaryKeyTextColumns(table)) {
          grown |= ids.addAll(jdbc.queryForList("select " + key + " from " + table + " where ("
              + filter + ") and " + key + " ~ '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'",
              String.class));
        }
      }
    }
    for (String table : orderedByForeignKeys(new ArrayList<>(filters.keySet()))) {
      putAside(table, filters.get(table), k);
    }
    return ids;
  }

  private void putAside(String table, String filter, int k) {
    if (!tables.contains(table)) {
      tables.add(table);
      jdbc.execute("create table bench_tpl_" + table + " as select *, 0 as bench_k from " + table
          + " where false");
    }
    jdbc.update("insert into bench_tpl_" + table + " select *, " + k + " from " + table
        + " where " + filter);
  }

  /**
   * Writes talks {@code from} to {@code to - 1}, talk g a copy of template
   * {@code of[g % of.size()]} in its turn {@code g / of.size()} (which picks its talkee, talker and
   * due dates). Returns the rows written.
   */
  long fill(int from, int to, List<Integer> of) {
    long written = 0;
    String turn = "(g / " + of.size() + ")";
    for (String table : tables) {
      List<String> columns = insertableColumns(table);
      List<String> values = new ArrayList<>();
      for (String column : columns) {
        values.add(value(table, column, turn));
      }
      long started = System.nanoTime();
      int rows = jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ")"
          + " select " + String.join(", ", values) + " from bench_tpl_" + table + " t"
          + " join generate_series(" + from + ", " + (to - 1) + ") g on t.bench_k = (array"
          + of + ")[1 + g % " + of.size() + "]");
      written += rows;
      System.out.printf("  %-24s %,11d rows %7.1f s%n", table, rows, (System.nanoTime() - started) / 1e9);
    }
    return written;
  }

  /** The copy's value of a column for talk g in its turn. */
  private String value(String table, String column, String turn) {
    String c = "t." + column;
    String type = jdbc.queryForObject("select data_type from information_schema.columns"
        + " where table_schema = 'public' and table_name = ? and column_name = ?", String.class,
        table, column);
    if (column.equals("due_date_") && (table.equals("act_ru_task") || table.equals("act_hi_taskinst"))) {
      // from ten days overdue to three weeks ahead, the same for the talk's tasks
      return c + " + (" + turn + " % 30 - 10) * interval '1 day'";
    }
    if (!type.equals("character varying") && !type.equals("text")) {
      return c;
    }
    Map<String, Object> holds = jdbc.queryForMap("select bool_or(" + c + " = any(" + allIds
        + ")) as ids, bool_or(" + c + " = ?) as talkee, bool_or(" + c + " = ?) as talker"
        + " from bench_tpl_" + table + " t", talkee, talker);
    StringBuilder mapped = new StringBuilder("case");
    if (Boolean.TRUE.equals(holds.get("ids"))) {
      // an id of the template: the same new id wherever it occurs (at most 64 characters)
      mapped.append(" when ").append(c).append(" = any(").append(allIds).append(") then case when length(")
          .append(c).append(") <= 54 then ").append(c).append(" || '-b' || g else md5(").append(c)
          .append(" || '-' || g) end");
    }
    if (Boolean.TRUE.equals(holds.get("talkee"))) {
      mapped.append(" when ").append(c).append(" = '").append(talkee).append("' then '")
          .append(talkeePrefix).append("' || (").append(turn).append(" % ")
          .append(talkees).append(")");
    }
    if (Boolean.TRUE.equals(holds.get("talker"))) {
      mapped.append(" when ").append(c).append(" = '").append(talker).append("' then (")
          .append(array(talkers)).append(")[1 + ").append(turn).append(" % ")
          .append(talkers.size()).append("]");
    }
    if (mapped.length() == "case".length()) {
      return c;
    }
    return mapped.append(" else ").append(c).append(" end").toString();
  }

  /** Columns written by a copy: all but generated identities. */
  private List<String> insertableColumns(String table) {
    return jdbc.queryForList("""
        select column_name from information_schema.columns
        where table_schema = 'public' and table_name = ? and is_identity = 'NO'
          and coalesce(column_default, '') not like 'nextval%' and is_generated = 'NEVER'
        order by ordinal_position""", String.class, table);
  }

  private List<String> textColumns(String table) {
    return jdbc.queryForList("""
        select column_name from information_schema.columns
        where table_schema = 'public' and table_name = ?
          and data_type in ('character varying', 'text')
        order by ordinal_position""", String.class, table);
  }

  private List<String> primaryKeyTextColumns(String table) {
    return jdbc.queryForList("""
        select k.column_name from information_schema.table_constraints c
          join information_schema.key_column_usage k on k.constraint_name = c.constraint_name
            and k.table_schema = c.table_schema and k.table_name = c.table_name
          join information_schema.columns col on col.table_schema = k.table_schema
            and col.table_name = k.table_name and col.column_name = k.column_name
        where c.table_schema = 'public' and c.table_name = ? and c.constraint_type = 'PRIMARY KEY'
          and col.data_type in ('character varying', 'text')""", String.class, table);
  }

  /** The tables, each after the tables its foreign keys point to. */
  private List<String> orderedByForeignKeys(List<String> unordered) {
    List<String> ordered = new ArrayList<>();
    while (!unordered.isEmpty()) {
      boolean moved = false;
      for (String table : new ArrayList<>(unordered)) {
        List<String> references = jdbc.queryForList("""
            select distinct ccu.table_name from information_schema.table_constraints c
              join information_schema.constraint_column_usage ccu
                on ccu.constraint_name = c.constraint_name and ccu.table_schema = c.table_schema
            where c.table_schema = 'public' and c.table_name = ? and c.constraint_type = 'FOREIGN KEY'
              and ccu.table_name <> ?""", String.class, table, table);
        if (references.stream().noneMatch(unordered::contains)) {
          ordered.add(table);
          unordered.remove(table);
          moved = true;
        }
      }
      if (!moved) {
        ordered.addAll(unordered);
        break;
      }
    }
    return ordered;
  }

  /** A SQL array of strings, a constant the planner hashes for {@code = any(...)}. */
  static String array(Iterable<String> values) {
    List<String> quoted = new ArrayList<>();
    values.forEach(v -> quoted.add("'" + v.replace("'", "''") + "'"));
    return quoted.isEmpty() ? "array[]::text[]" : "array[" + String.join(",", quoted) + "]::text[]";
  }
}

package cn.supervisiontalk.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.ParameterMapping;

/**
 * Rewrites the authorization check of Camunda's task query (and of its variable instance query,
 * which Tasklist uses for the cards) from a join into semi-joins.
 *
 * <p>Camunda joins the task rows to the person's grants with
 * {@code join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE <whose grants>) AUTH ON
 * (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))} (the variable query names the instance, its
 * execution, the definition key and the task). The {@code IN} of columns of several tables leaves
 * the database no choice but a nested loop: every matching row against every grant of the person
 * and his groups. A group is a candidate of every task it works on and Camunda grants it
 * each of those tasks, so both sides grow with the open talks; at 10,000 open talks a unit's own
 * queue took 4.8 s (p95), at 100,000 over 30 s.
 *
 * <p>The rewrite keeps the join in its place (so every parameter before and after it stays where
 * it was) but joins a single constant row on a condition that asks the questions apart:
 * {@code RES.ID_ IN (the person's grants)}, {@code D.KEY_ IN (the same grants)}, …, or a grant on
 * {@code '*'}. Each is a subquery that does not depend on the task row, which the
 * database evaluates once and probes by hash, so the cost grows with the tasks and the grants, not
 * their product. The answers are the same: a task is kept exactly when some grant of the person
 * names the task, its definition or every resource, which is what the join found (the query's
 * {@code distinct} removed its duplicates; there are none now). The {@code AUTH.RESOURCE_ID_ IS NOT
 * NULL} Camunda adds to the WHERE clause still holds for a kept task and, with the left join Camunda
 * uses while CMMN is on, is null for a task no grant names.
 *
 * <p>The grants' condition appears once per question instead of once, so its parameters are repeated in
 * the same order. Each subquery also names the resource types of the permission checks in a plain
 * {@code IN}, which the condition already implies: the database then reads a person's or group's
 * grants of those types from its index ({@code AuthorizationIndexes}) instead of all of them, and
 * the grants on historic tasks and instances, which outlive the talks, are never read.
 *
 * <p>SQL that does not have exactly the expected shape is left as it is: the query then runs as
 * Camunda wrote it, slower but right ({@code FastTaskAuthorizationCheckTest} and its PostgreSQL
 * twin fail if a Camunda upgrade changes the shape).
 */
final class TaskAuthorizationSemiJoin {

  private static final Pattern START = Pattern.compile(
      "\\b(inner|left)\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+(\\w*)ACT_RU_AUTHORIZATION\\s+A\\s+WHERE\\b",
      Pattern.CASE_INSENSITIVE);
  /** The join's condition: the columns naming what a grant may name, then '*'. */
  private static final Pattern END = Pattern.compile(
      "\\G\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*((?:\\w+\\.\\w+\\s*,\\s*)+)"
          + "'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern RESOURCE_TYPE = Pattern.compile(
      "\\bA\\.RESOURCE_TYPE_\\s*=\\s*\\?", Pattern.CASE_INSENSITIVE);

  /** SQL and its parameters, in the order of the question marks. */
  record Statement(String sql, List<ParameterMapping> parameters) {}

  private TaskAuthorizationSemiJoin() {}

  /** The statement with the check rewritten, or {@code null} when it does not have the shape. */
  static Statement rewrite(String sql, List<ParameterMapping> parameters) {
    Matcher start = START.matcher(sql);
    if (!start.find()) {
      return null;
    }
    int conditionStart = start.end();
    int close = closingParenthesis(sql, sql.indexOf('(', start.start()));
    if (close < 0) {
      return null;
    }
    Matcher end = END.matcher(sql);
    if (!end.find(close + 1)) {
      return null;
    }
    String grants = sql.substring(conditionStart, close);
    int before = placeholders(sql.substring(0, conditionStart));
    int inGrants = placeholders(grants);
    if (before + inGrants + placeholders(sql.substring(close)) != parameters.size()) {
      return null;
    }
    List<ParameterMapping> ofGrants = parameters.subList(before, before + inGrants);
    // the resource types the grants must have, once more as a plain IN the database can look up
    // in its index by person or group and type, past the grants of other types (a person's grants
    // on historic tasks and instances grow with every archived talk)
    List<ParameterMapping> types = new ArrayList<>();
    Matcher type = RESOURCE_TYPE.matcher(grants);
    while (type.find()) {
      types.add(ofGrants.get(placeholders(grants.substring(0, type.end() - 1))));
    }
    String ofTypes = types.isEmpty() ? ""
        : " AND A.RESOURCE_TYPE_ IN (" + String.join(", ", Collections.nCopies(types.size(), "?")) + ")";
    String table = start.group(2) + "ACT_RU_AUTHORIZATION";
    String granted = "(SELECT A.RESOURCE_ID_ FROM " + table + " A WHERE (" + grants + ")" + ofTypes
        + ")";
    List<String> named = new ArrayList<>();
    for (String column : end.group(1).split(",")) {
      if (!column.isBlank()) {
        named.add(column.trim());
      }
    }
    named.add("'*'");
    StringBuilder check = new StringBuilder(start.group(1))
        .append(" join (SELECT '*' AS RESOURCE_ID_) AUTH ON (");
    for (int i = 0; i < named.size(); i++) {
      check.append(i == 0 ? "" : " OR ").append(named.get(i)).append(" IN ").append(granted);
    }
    check.append(")");
    List<ParameterMapping> rewritten = new ArrayList<>(parameters.subList(0, before));
    for (int i = 0; i < named.size(); i++) {
      rewritten.addAll(ofGrants);
      rewritten.addAll(types);
    }
    rewritten.addAll(parameters.subList(before + inGrants, parameters.size()));
    return new Statement(sql.substring(0, start.start()) + check + sql.substring(end.end()),
        rewritten);
  }

  /** The index of the parenthesis closing the one at {@code open}, skipping string literals. */
  private static int closingParenthesis(String sql, int open) {
    int depth = 0;
    boolean literal = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        literal = !literal;
      } else if (!literal && c == '(') {
        depth++;
      } else if (!literal && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The JDBC placeholders outside string literals. */
  private static int placeholders(String sql) {
    int count = 0;
    boolean literal = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        literal = !literal;
      } else if (!literal && c == '?') {
        count++;
      }
    }
    return count;
  }
}

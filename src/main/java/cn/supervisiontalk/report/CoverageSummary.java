package cn.supervisiontalk.report;

import cn.supervisiontalk.coverage.CoverageRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Term coverage as the annual report states it (article 5): per term of the holding committee, how
 * many persons led a next-level organization in it, how many of them have had a regular talk, and
 * how many left office or saw the term end without one. Persons are counted once, however many
 * tenures they had in the term.
 */
final class CoverageSummary {

  private CoverageSummary() {
  }

  /** 「本届任期(第十三届(2022-01-10至2027-01-09))内任职的下一级党组织“一把手”共7人,已开展定期谈话3人,…」 */
  static String sentence(List<CoverageRow> rows) {
    if (rows == null || rows.isEmpty()) {
      return "尚未登记本届任期,无法统计一届任期定期谈话全覆盖情况。";
    }
    Map<String, List<CoverageRow>> byTerm = new LinkedHashMap<>();
    for (CoverageRow row : rows) {
      byTerm.computeIfAbsent(row.termLabel(), t -> new ArrayList<>()).add(row);
    }
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<String, List<CoverageRow>> term : byTerm.entrySet()) {
      Set<String> persons = new LinkedHashSet<>();
      Set<String> covered = new LinkedHashSet<>();
      Set<String> missed = new LinkedHashSet<>();
      for (CoverageRow row : term.getValue()) {
        persons.add(row.leaderId());
        if (row.covered()) {
          covered.add(row.leaderId());
        }
      }
      for (CoverageRow row : term.getValue()) {
        if (row.missed() && !covered.contains(row.leaderId())) {
          missed.add(row.leaderId());
        }
      }
      int open = persons.size() - covered.size() - missed.size();
      StringBuilder text = new StringBuilder("任期" + term.getKey() + "内任职的下一级党组织“一把手”共"
          + persons.size() + "人,已开展定期谈话" + covered.size() + "人");
      if (open > 0) {
        text.append(",尚未谈话").append(open).append("人");
      }
      if (!missed.isEmpty()) {
        text.append(",离任或任期届满前未谈话").append(missed.size()).append("人");
      }
      text.append(open == 0 && missed.isEmpty() ? ",已实现全覆盖。" : "。");
      sentences.add(text.toString());
    }
    return String.join("", sentences);
  }

  /** One row's standing: 已谈话, 尚未谈话, 离任前未谈话 or 任期届满未谈话. */
  static String standing(CoverageRow row) {
    if (row.covered()) {
      return "已谈话";
    }
    if (!row.missed()) {
      return "尚未谈话";
    }
    return row.current() ? "任期届满未谈话" : "离任前未谈话";
  }
}

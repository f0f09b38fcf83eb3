package cn.supervisiontalk.plan;

import cn.supervisiontalk.coverage.CoverageRow;
import cn.supervisiontalk.coverage.TermCoverage;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.organization.Directory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The draft the office starts from: every top leader not yet covered in the current term whose
 * term still runs in the plan year, the earliest term end first, with the secretary as talker, a
 * suggested month (before the term ends) and the office as responsible unit.
 */
@Component
public class PlanProposal {

  private final TermCoverage coverage;
  private final Directory directory;
  private final Committee committee;
  private final Deadlines deadlines;

  public PlanProposal(TermCoverage coverage, Directory directory, Committee committee,
      Deadlines deadlines) {
    this.coverage = coverage;
    this.directory = directory;
    this.committee = committee;
    this.deadlines = deadlines;
  }

  /** The proposed items, shaped as the draft form's list. */
  public List<Map<String, Object>> items(int year) {
    LocalDate today = deadlines.today();
    int first = year == today.getYear() ? today.getMonthValue() : 1;
    List<CoverageRow> rows = coverage.uncovered().stream()
        .filter(r -> r.termEnd().getYear() >= year)
        .filter(r -> !r.termEnd().isBefore(today))
        .toList();
    String talker = committee.secretaryName();
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CoverageRow row = rows.get(i);
      int month = row.termEnd().getYear() == year
          ? Math.max(first, Math.max(1, row.termEnd().getMonthValue() - 1))
          : Math.min(12, first + i * (13 - first) / rows.size());
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("organizationId", directory.organization(row.organizationId()).shortName());
      item.put("talkeeName", row.leaderName());
      item.put("termEnd", row.termEnd().toString());
      item.put("talkerId", talker);
      item.put("plannedMonth", month);
      item.put("responsibleUnit", "office");
      item.put("basis", List.of());
      item.put("note", "");
      items.add(item);
    }
    return items;
  }
}

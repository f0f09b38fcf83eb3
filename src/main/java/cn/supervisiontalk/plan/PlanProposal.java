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
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The draft the office starts from: every top leader not yet covered in the current term whose
 * term still runs in the plan year, the earliest term end first, with the secretary as talker, a
 * suggested month (before the term ends) and the office as responsible unit. The basis is left for
 * the office to write.
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

  /**
   * The proposed items (REST /api/plans/{year}/proposal), each also as the line the draft is
   * pre-filled with ({@code line}).
   */
  public List<Map<String, Object>> items(int year) {
    LocalDate today = deadlines.today();
    int first = year == today.getYear() ? today.getMonthValue() : 1;
    List<CoverageRow> rows = coverage.uncovered().stream()
        .filter(r -> r.termEnd().getYear() >= year)
        .filter(r -> !r.termEnd().isBefore(today))
        .toList();
    String talker = committee.secretaryName();
    String unit = directory.groupName(ResponsibleUnit.OFFICE.groupId());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CoverageRow row = rows.get(i);
      int month = row.termEnd().getYear() == year
          ? Math.max(first, Math.max(1, row.termEnd().getMonthValue() - 1))
          : Math.min(12, first + i * (13 - first) / rows.size());
      String organization = directory.organization(row.organizationId()).shortName();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("organizationId", organization);
      item.put("talkeeName", row.leaderName());
      item.put("termStart", row.termStart().toString());
      item.put("termEnd", row.termEnd().toString());
      item.put("talkerId", talker);
      item.put("plannedMonth", month);
      item.put("responsibleUnit", ResponsibleUnit.OFFICE.groupId());
      item.put("basis", List.of());
      item.put("note", "");
      item.put("line", PlanLines.line(organization, talker, month, unit, List.of(), null));
      items.add(item);
    }
    return items;
  }

  /** The draft's text: one proposed item a line, the basis left empty at the end of each line. */
  public static String lines(List<Map<String, Object>> items) {
    return items.stream().map(i -> (String) i.get("line")).collect(Collectors.joining("\n"));
  }

  /** What the office reads beside the draft: who each line is about and when the term ends. */
  public static String overview(List<Map<String, Object>> items) {
    if (items.isEmpty()) {
      return "没有需要预先列出的“一把手”: 本届任期内均已开展定期谈话,或任期在计划年度之前届满。"
          + "如需安排,请在“定期谈话事项”中每行写一项。";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> item = items.get(i);
      text.append(i + 1).append(". ").append(item.get("organizationId")).append(' ')
          .append(item.get("talkeeName")).append(",本届任期").append(item.get("termStart"))
          .append("至").append(item.get("termEnd")).append('\n');
    }
    return text.toString().stripTrailing();
  }
}

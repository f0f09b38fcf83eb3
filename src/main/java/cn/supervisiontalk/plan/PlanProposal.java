package cn.supervisiontalk.plan;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.coverage.CoverageRow;
import cn.supervisiontalk.coverage.TermCoverage;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Committee;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.proposal.ProposalRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The draft the office starts from: every top leader in office not yet talked to in the committee's
 * current term (article 5: the holding committee's term, not the leader's), if that term still runs
 * in the plan year; those in office longest first, with the secretary as talker, a suggested month
 * (before the committee's term ends) and the office as responsible unit. The basis is left for
 * the office to write. Leaders a cooperating unit proposed and the office put into this year's plan
 * (article 6) come first, their line noting 「根据…建议」; a proposed leader already listed is not
 * listed twice, his line is moved to the top and gets the note.
 */
@Component
public class PlanProposal {

  private final TermCoverage coverage;
  private final Directory directory;
  private final Committee committee;
  private final Deadlines deadlines;
  private final ProposalRecords proposals;
  private final CommitteeGroups committeeGroups;

  public PlanProposal(TermCoverage coverage, Directory directory, Committee committee,
      Deadlines deadlines, ProposalRecords proposals,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.coverage = coverage;
    this.directory = directory;
    this.committee = committee;
    this.deadlines = deadlines;
    this.proposals = proposals;
  }

  /**
   * The proposed items (REST /api/plans/{year}/proposal), each also as the line the draft is
   * pre-filled with ({@code line}).
   */
  public List<Map<String, Object>> items(String committeeId, int year) {
    LocalDate today = deadlines.today();
    int first = year == today.getYear() ? today.getMonthValue() : 1;
    List<CoverageRow> rows = coverage.uncovered(committeeId).stream()
        .filter(r -> r.termEnd().getYear() >= year)
        .filter(r -> !r.termEnd().isBefore(today))
        .toList();
    String talker = directory.userName(committee.secretaryId(committeeId));
    String unit = directory.groupName(
        committeeGroups.group(committeeId, ResponsibleUnit.OFFICE.groupId()));
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
      item.put("tenureStart", row.tenureStart().toString());
      item.put("termLabel", row.termLabel());
      item.put("talkerId", talker);
      item.put("plannedMonth", month);
      item.put("responsibleUnit", ResponsibleUnit.OFFICE.groupId());
      item.put("basis", List.of());
      item.put("note", "");
      item.put("line", PlanLines.line(organization, talker, month, unit, List.of(), null));
      items.add(item);
    }
    return proposedFirst(committeeId, year, rows, items, talker, unit, first);
  }

  /**
   * The leaders proposed for this year's plan first, in the order proposed, each line with the note
   * naming the proposing units; one line per organization.
   */
  private List<Map<String, Object>> proposedFirst(String committeeId, int year,
      List<CoverageRow> rows,
      List<Map<String, Object>> items, String talker, String unit, int month) {
    Map<String, List<String>> proposedBy = new LinkedHashMap<>();
    Map<String, String> talkees = new LinkedHashMap<>();
    for (ProposalRecords.Planned planned : proposals.plannedIn(year)) {
      if (!directory.organization(planned.organizationId()).committeeId().equals(committeeId)) {
        continue; // proposed to another committee's plan
      }
      List<String> units = proposedBy.computeIfAbsent(planned.organizationId(), o -> new ArrayList<>());
      String unitName = directory.groupName(
          committeeGroups.group(committeeId, planned.proposingUnit()));
      if (!units.contains(unitName)) {
        units.add(unitName);
      }
      talkees.putIfAbsent(planned.organizationId(), planned.talkeeId());
    }
    if (proposedBy.isEmpty()) {
      return items;
    }
    List<Map<String, Object>> first = new ArrayList<>();
    List<Map<String, Object>> rest = new ArrayList<>(items);
    for (Map.Entry<String, List<String>> proposed : proposedBy.entrySet()) {
      String organizationId = proposed.getKey();
      String note = "根据" + String.join("、", proposed.getValue()) + "建议";
      Map<String, Object> item = null;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).organizationId().equals(organizationId)) {
          item = items.get(i);
          rest.remove(item);
        }
      }
      if (item == null) {
        String organization = directory.organization(organizationId).shortName();
        Optional<CoverageRow> term = coverage.current(committeeId).stream()
            .filter(r -> r.organizationId().equals(organizationId)).findFirst();
        item = new LinkedHashMap<>();
        item.put("organizationId", organization);
        item.put("talkeeName", term.map(CoverageRow::leaderName)
            .orElseGet(() -> directory.userName(talkees.get(organizationId))));
        item.put("tenureStart", term.map(r -> r.tenureStart().toString()).orElse(""));
        item.put("termLabel", term.map(CoverageRow::termLabel).orElse(""));
        item.put("talkerId", talker);
        item.put("plannedMonth", month);
        item.put("responsibleUnit", ResponsibleUnit.OFFICE.groupId());
        item.put("basis", List.of());
      }
      item.put("note", note);
      item.put("line", PlanLines.line((String) item.get("organizationId"), talker,
          (Integer) item.get("plannedMonth"), unit, List.of(), note));
      first.add(item);
    }
    first.addAll(rest);
    return first;
  }

  /** The draft's text: one proposed item a line, the basis left empty at the end of each line. */
  public static String lines(List<Map<String, Object>> items) {
    return items.stream().map(i -> (String) i.get("line")).collect(Collectors.joining("\n"));
  }

  /** What the office reads beside the draft: who each line is about and the committee's term. */
  public static String overview(List<Map<String, Object>> items) {
    if (items.isEmpty()) {
      return "没有需要预先列出的“一把手”: 本届任期内均已开展定期谈话,或本届任期在计划年度之前届满。"
          + "如需安排,请在年度计划编辑页面中添加。";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> item = items.get(i);
      text.append(i + 1).append(". ").append(item.get("organizationId")).append(' ')
          .append(item.get("talkeeName"));
      if (!String.valueOf(item.get("tenureStart")).isBlank()) {
        text.append("(").append(item.get("tenureStart")).append("起任职)");
      }
      if (!String.valueOf(item.get("termLabel")).isBlank()) {
        text.append(",").append(item.get("termLabel")).append("任期内尚未开展定期谈话");
      }
      if (!String.valueOf(item.get("note")).isBlank()) {
        text.append(",").append(item.get("note"));
      }
      text.append('\n');
    }
    return text.toString().stripTrailing();
  }
}

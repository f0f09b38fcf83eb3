package cn.supervisiontalk.plan;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.TalkerRule;
import cn.supervisiontalk.validation.Actor;
import cn.supervisiontalk.validation.JsonValues;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Checks the drafted annual plan item by item: a known organization (once), a talker article 7
 * allows (the talkerRule decision), a month still ahead and within the leader's term, a responsible
 * unit and a basis. Refuses the draft with every problem, numbered by item. As
 * {@code planItemsCheck} in the model.
 */
@Component("planItemsCheck")
public class PlanItemsCheck implements TaskListener {

  private final Directory directory;
  private final LeaderTermRepository terms;
  private final TalkerRule talkerRule;
  private final Deadlines deadlines;

  public PlanItemsCheck(Directory directory, LeaderTermRepository terms, TalkerRule talkerRule,
      Deadlines deadlines) {
    this.directory = directory;
    this.terms = terms;
    this.talkerRule = talkerRule;
    this.deadlines = deadlines;
  }

  /** On completing the draft: checks it, keeps who drafted it and writes the summary for approval. */
  @Override
  public void notify(DelegateTask task) {
    int year = ((Number) task.getVariable("planYear")).intValue();
    List<PlanItem> items = resolve(year, task.getVariable("planItems"));
    task.getExecution().setVariable("planSummary", summary(items));
    task.getExecution().setVariable("draftedBy", Actor.of(task));
  }

  /** The items as they will be kept; refuses the whole plan with every problem found. */
  public List<PlanItem> resolve(int year, Object planItems) {
    Problems problems = new Problems();
    List<Map<String, Object>> entered;
    try {
      entered = JsonValues.objects(planItems);
    } catch (IllegalArgumentException e) {
      throw Problems.single("年度计划的谈话事项应为列表。");
    }
    if (entered.isEmpty()) {
      problems.add("年度计划至少需要一项定期谈话");
    }
    List<PlanItem> items = new ArrayList<>();
    Set<String> organizations = new HashSet<>();
    for (int i = 0; i < entered.size(); i++) {
      PlanItem item = resolve(year, i + 1, entered.get(i), organizations, problems);
      if (item != null) {
        items.add(item);
      }
    }
    problems.throwIfAny();
    return items;
  }

  private PlanItem resolve(int year, int seq, Map<String, Object> entered, Set<String> seen,
      Problems problems) {
    List<String> errors = new ArrayList<>();
    Organization organization = directory.findOrganization(text(entered.get("organizationId")))
        .orElse(null);
    if (organization == null) {
      errors.add("未找到党组织“" + text(entered.get("organizationId")) + "”");
    } else if (!seen.add(organization.id())) {
      errors.add(organization.shortName() + "在计划中重复");
    }
    User talker = directory.findUser(text(entered.get("talkerId"))).orElse(null);
    if (talker == null) {
      errors.add("未找到谈话人“" + text(entered.get("talkerId")) + "”");
    }
    Integer month = month(entered.get("plannedMonth"));
    if (month == null) {
      errors.add("计划月份应为1至12");
    }
    String unit = text(entered.get("responsibleUnit"));
    if (unit.isBlank()) {
      errors.add("请选择责任单位");
    }
    List<String> basis = basis(entered.get("basis"));
    if (basis.isEmpty()) {
      errors.add("请选择计划依据");
    }
    LocalDate planned = null;
    if (organization != null && month != null) {
      LeaderTerm term = terms.current(organization.id()).orElse(null);
      YearMonth yearMonth = YearMonth.of(year, month);
      planned = term == null || term.termEnd().isAfter(yearMonth.atEndOfMonth())
          ? yearMonth.atEndOfMonth() : term.termEnd();
      if (term != null && yearMonth.atDay(1).isAfter(term.termEnd())) {
        errors.add("计划月份晚于" + directory.userName(term.leaderId()) + "的任期届满日期("
            + term.termEnd() + ")");
      } else if (planned.isBefore(deadlines.today())) {
        errors.add(year + "年" + month + "月已过,请安排在今后的月份");
      }
    }
    if (organization != null && talker != null) {
      try {
        talkerRule.check(TalkType.REGULAR, organization, talker.getId());
      } catch (NotValidException e) {
        errors.add(e.getMessage().replaceAll("。$", ""));
      }
    }
    if (!errors.isEmpty()) {
      errors.forEach(error -> problems.add("第" + seq + "项: " + error));
      return null;
    }
    return new PlanItem(String.format("%d-%03d", year, seq), year, seq, organization.id(),
        organization.topLeaderId(), talker.getId(), month, planned, unit, basis,
        text(entered.get("note")).isBlank() ? null : text(entered.get("note")));
  }

  /** The plan as the secretary reads it. */
  public String summary(List<PlanItem> items) {
    StringBuilder text = new StringBuilder();
    for (PlanItem item : items) {
      Organization organization = directory.organization(item.organizationId());
      text.append(item.seq()).append(". ").append(organization.shortName()).append(' ')
          .append(directory.userName(item.talkeeId()))
          .append(";谈话人: ").append(directory.userName(item.talkerId()))
          .append(";计划月份: ").append(item.plannedMonth()).append("月")
          .append(";责任单位: ").append(directory.groupName(item.responsibleUnit()))
          .append(";依据: ").append(String.join("、", item.basis().stream().map(PlanBasis::labelOf).toList()))
          .append(item.note() == null ? "" : ";备注: " + item.note())
          .append('\n');
    }
    return text.toString().stripTrailing();
  }

  private static Integer month(Object value) {
    try {
      int month = value instanceof Number n ? n.intValue() : Integer.parseInt(text(value));
      return month >= 1 && month <= 12 ? month : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> basis(Object value) {
    try {
      return JsonValues.strings(value).stream().filter(b -> !b.isBlank()).toList();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }
}

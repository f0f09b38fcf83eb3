package cn.supervisiontalk.plan;

import cn.supervisiontalk.validation.Submission;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.LeaderTerm;
import cn.supervisiontalk.organization.LeaderTermRepository;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.TalkerRule;
import cn.supervisiontalk.security.Actor;
import cn.supervisiontalk.validation.Problems;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import cn.supervisiontalk.security.CommitteeGroups;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Checks the drafted annual plan item by item (see {@link PlanLines} for how items are written): a
 * known organization (once), a talker article 7 allows (the talkerRule decision), a month still
 * ahead and within the leader's term, a responsible unit and a basis. Refuses the draft with every
 * problem, each with its line ("第3行: …"). As {@code planItemsCheck} in the model.
 */
@Component("planItemsCheck")
public class PlanItemsCheck implements TaskListener {

  static final int NOTE_MAX = 500;
  private static final Pattern MONTH =
      Pattern.compile("(?:(\\d{4})\\s*[年./-]\\s*)?(\\d{1,2})\\s*(?:月份?)?");
  private static final Pattern CHINESE_MONTH =
      Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(十[一二]?|[一二三四五六七八九])\\s*月份?");
  private static final String CHINESE_DIGITS = "一二三四五六七八九";

  private final Directory directory;
  private final LeaderTermRepository terms;
  private final TalkerRule talkerRule;
  private final CommitteeGroups committeeGroups;
  private final Deadlines deadlines;

  public PlanItemsCheck(Directory directory, LeaderTermRepository terms, TalkerRule talkerRule,
      Deadlines deadlines,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.directory = directory;
    this.terms = terms;
    this.talkerRule = talkerRule;
    this.deadlines = deadlines;
  }

  /**
   * On completing the draft: checks the lines a REST caller handed in, or else the draft as saved
   * from the plan table, keeps it as checked (one line per item, names written out,
   * so a returned draft reads the same whether it came from the form or as a JSON list), keeps who
   * drafted it and writes the summary for approval. The draft is the office's, read by the office
   * only: it is kept as a variable of the plan process for the approval.
   */
  @Override
  public void notify(DelegateTask task) {
    int year = PlanVariables.planYear(task);
    Object submitted = Submission.ofTask(task.getId()).value(PlanVariables.PLAN_ITEMS);
    // Tasklist's form hands in no lines: the draft is the one saved from the plan table (PlanTable)
    List<PlanItem> items = resolve(committeeGroups.committeeOf(task.getExecution()), year,
        submitted != null ? submitted : PlanVariables.planItems(task));
    task.getExecution().setVariable(PlanVariables.PLAN_ITEMS, lines(items));
    task.getExecution().setVariable(PlanVariables.PLAN_SUMMARY, summary(items));
    task.getExecution().setVariable(PlanVariables.DRAFTED_BY, Actor.of(task));
  }

  /** The items as they will be kept; refuses the whole plan with every problem found. */
  public List<PlanItem> resolve(String committeeId, int year, Object planItems) {
    List<PlanLines.Entry> entries;
    try {
      entries = PlanLines.read(planItems);
    } catch (IllegalArgumentException e) {
      throw Problems.single(e.getMessage() + "。");
    }
    if (entries.isEmpty()) {
      throw Problems.single("年度计划至少需要一项定期谈话,请在年度计划编辑页面中添加并保存。");
    }
    int organizations = (int) directory.organizations().stream()
        .filter(o -> committeeId.equals(o.committeeId())).count();
    if (entries.size() > organizations) {
      throw Problems.single("定期谈话事项写了" + entries.size() + "项,多于下级党组织的数目(" + organizations
          + "个);每个党组织在计划中只写一次。");
    }
    Checked checked = check(committeeId, year, entries);
    Problems problems = new Problems();
    checked.errors().forEach(row -> row.messages().forEach(m -> problems.add(row.where() + ": " + m)));
    problems.throwIfAny();
    return checked.items();
  }

  /**
   * The items checked one by one: those without problems resolved, and the problems of the others
   * cell by cell (the plan table shows them beside each cell). Counts and emptiness are not checked
   * here.
   */
  public Checked check(String committeeId, int year, List<PlanLines.Entry> entries) {
    List<PlanItem> items = new ArrayList<>();
    List<RowErrors> errors = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      RowErrors rowErrors = new RowErrors(i + 1, entries.get(i).where());
      PlanItem item = resolve(committeeId, year, i + 1, entries.get(i), seen, rowErrors);
      if (item != null) {
        items.add(item);
      } else {
        errors.add(rowErrors);
      }
    }
    return new Checked(items, errors);
  }

  /** The resolved items and, for the others, what is wrong with them. */
  public record Checked(List<PlanItem> items, List<RowErrors> errors) {
  }

  private PlanItem resolve(String committeeId, int year, int seq, PlanLines.Entry entry,
      Map<String, String> seen, RowErrors errors) {
    if (entry.formatError() != null) {
      errors.add(RowErrors.ROW, entry.formatError());
      return null;
    }
    Organization organization = null;
    if (entry.organization().isEmpty()) {
      errors.add(RowErrors.ORGANIZATION, "请填写党组织");
    } else {
      organization = directory.findOrganization(entry.organization()).orElse(null);
      if (organization == null) {
        errors.add(RowErrors.ORGANIZATION, "未找到党组织“" + shown(entry.organization()) + "”");
      } else if (!committeeId.equals(organization.committeeId())) {
        errors.add(RowErrors.ORGANIZATION, organization.shortName() + "不是本党委(党组)的下级党组织");
        organization = null;
      } else if (seen.containsKey(organization.id())) {
        errors.add(RowErrors.ORGANIZATION, organization.shortName() + "在计划中重复(已写在" + seen.get(organization.id()) + ")");
      } else {
        seen.put(organization.id(), entry.where());
      }
    }
    User talker = null;
    if (entry.talker().isEmpty()) {
      errors.add(RowErrors.TALKER, "请填写谈话人");
    } else {
      talker = directory.findUser(entry.talker()).orElse(null);
      if (talker == null) {
        errors.add(RowErrors.TALKER, "未找到谈话人“" + shown(entry.talker()) + "”");
      }
    }
    Integer month = month(year, entry.month(), m -> errors.add(RowErrors.MONTH, m));
    ResponsibleUnit unit = unit(committeeId, entry.unit(), m -> errors.add(RowErrors.UNIT, m));
    List<String> basis = basis(entry.basis(), m -> errors.add(RowErrors.BASIS, m));
    int noteLength = entry.note().codePointCount(0, entry.note().length());
    if (noteLength > NOTE_MAX) {
      errors.add(RowErrors.NOTE, "备注不能超过" + NOTE_MAX + "个字(现有" + noteLength + "个字)");
    }
    LocalDate planned = null;
    if (organization != null && month != null) {
      LeaderTerm term = terms.current(organization.id()).orElse(null);
      YearMonth yearMonth = YearMonth.of(year, month);
      planned = term == null || term.termEnd().isAfter(yearMonth.atEndOfMonth())
          ? yearMonth.atEndOfMonth() : term.termEnd();
      if (term != null && yearMonth.atDay(1).isAfter(term.termEnd())) {
        errors.add(RowErrors.MONTH, "计划月份晚于" + directory.userName(term.leaderId()) + "的任期届满日期("
            + Deadlines.dayText(term.termEnd()) + ")");
      } else if (planned.isBefore(deadlines.today())) {
        errors.add(RowErrors.MONTH, year + "年" + month + "月已过,请安排在今后的月份");
      }
    }
    if (organization != null && talker != null) {
      try {
        talkerRule.check(TalkType.REGULAR, organization, talker.getId());
      } catch (NotValidException e) {
        errors.add(RowErrors.TALKER, e.getMessage().replaceAll("。$", ""));
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    // the first committee's items keep their numbers (2027-001), a later one's have its id in front
    String number = String.format("%d-%03d", year, seq);
    return new PlanItem(committeeGroups.first().filter(committeeId::equals).isPresent() ? number
        : committeeId + "-" + number, year, seq, organization.id(),
        organization.topLeaderId(), talker.getId(), month, planned, unit.groupId(), basis,
        entry.note().isBlank() ? null : entry.note(), committeeId);
  }

  /** The month as written: 5, 05, 5月, 五月, 2027年5月, 2027-05; within the plan year. */
  static Integer month(int year, String written, Consumer<String> errors) {
    if (written.isEmpty()) {
      errors.accept("请填写计划月份");
      return null;
    }
    String text = Normalizer.normalize(written, Normalizer.Form.NFKC).trim();
    Integer month = null;
    String inYear = null;
    Matcher digits = MONTH.matcher(text);
    Matcher chinese = CHINESE_MONTH.matcher(text);
    if (digits.matches()) {
      inYear = digits.group(1);
      month = Integer.valueOf(digits.group(2));
    } else if (chinese.matches()) {
      inYear = chinese.group(1);
      String numeral = chinese.group(2);
      month = numeral.startsWith("十") ? 10 + (numeral.length() == 1 ? 0 : numeral.charAt(1) == '一' ? 1 : 2)
          : CHINESE_DIGITS.indexOf(numeral.charAt(0)) + 1;
    }
    if (month == null || month < 1 || month > 12) {
      errors.accept("计划月份“" + shown(written) + "”应为1至12月,如“5”或“5月”");
      return null;
    }
    if (inYear != null && Integer.parseInt(inYear) != year) {
      errors.accept("计划月份“" + shown(written) + "”不在" + year + "年度");
      return null;
    }
    return month;
  }

  private ResponsibleUnit unit(String committeeId, String written, Consumer<String> errors) {
    if (written.isEmpty()) {
      errors.accept("请填写责任单位");
      return null;
    }
    ResponsibleUnit unit = ResponsibleUnit.find(written, unitName(committeeId)).orElse(null);
    if (unit == null) {
      errors.accept("责任单位“" + shown(written) + "”不在可选范围内"
          + (PlanBasis.find(written).isPresent() ? "(它是计划依据,请在它之前写责任单位)" : "")
          + ",可写: " + unitNames(committeeId));
    }
    return unit;
  }

  private static List<String> basis(List<String> written, Consumer<String> errors) {
    if (written.isEmpty()) {
      errors.accept("请填写计划依据(" + PlanBasis.words() + ",可写多个)");
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String word : written) {
      PlanBasis.find(word).ifPresentOrElse(b -> codes.add(b.name()), () -> unknown.add(shown(word)));
    }
    if (!unknown.isEmpty()) {
      errors.accept("计划依据“" + String.join("”“", unknown) + "”不在可选范围内,可写: " + PlanBasis.words());
    }
    return List.copyOf(codes);
  }

  /** The responsible units by their names in the committee: 市委办公室、市纪委监委、… */
  public String unitNames(String committeeId) {
    return Arrays.stream(ResponsibleUnit.values())
        .map(u -> unitName(committeeId).apply(u.groupId())).collect(Collectors.joining("、"));
  }

  /** A unit's name in the committee: the name of the committee's group for the role. */
  private UnaryOperator<String> unitName(String committeeId) {
    return role -> directory.groupName(committeeGroups.group(committeeId, role));
  }

  /** The items as the draft's lines, names written out wherever they read back to the same item. */
  public String lines(List<PlanItem> items) {
    return items.stream().map(this::line).collect(Collectors.joining("\n"));
  }

  private String line(PlanItem item) {
    Organization organization = directory.organization(item.organizationId());
    String organizationName = organization.shortName();
    if (!PlanLines.fitsInLine(organizationName) || !directory.findOrganization(organizationName)
        .map(o -> o.id().equals(organization.id())).orElse(false)) {
      organizationName = organization.id();
    }
    String talkerName = directory.userName(item.talkerId());
    if (!PlanLines.fitsInLine(talkerName) || !directory.findUser(talkerName)
        .map(u -> u.getId().equals(item.talkerId())).orElse(false)) {
      talkerName = item.talkerId();
    }
    String unitName = unitName(item.committeeId()).apply(item.responsibleUnit());
    if (!PlanLines.fitsInLine(unitName) || !ResponsibleUnit.find(unitName, unitName(item.committeeId()))
        .map(u -> u.groupId().equals(item.responsibleUnit())).orElse(false)) {
      unitName = item.responsibleUnit();
    }
    return PlanLines.line(organizationName, talkerName, item.plannedMonth(), unitName,
        item.basis().stream().map(PlanBasis::labelOf).toList(), item.note());
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
          .append(";责任单位: ").append(unitName(item.committeeId()).apply(item.responsibleUnit()))
          .append(";依据: ").append(String.join("、", item.basis().stream().map(PlanBasis::labelOf).toList()))
          .append(item.note() == null ? "" : ";备注: " + item.note())
          .append('\n');
    }
    return text.toString().stripTrailing();
  }

  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}

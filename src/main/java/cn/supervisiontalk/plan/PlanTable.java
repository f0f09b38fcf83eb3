package cn.supervisiontalk.plan;

import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.security.CallerCommittee;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormOption;
import cn.supervisiontalk.validation.FormOptionSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual plan's draft as a table, for the plan page in Tasklist ({@code #/plan/{year}}): one
 * row per planned talk, with the choices of each column. The draft stays where the process keeps
 * it, as the plan's {@code planItems} lines ({@link PlanLines}), so completing the task, the
 * approval and a returned draft read it as before; saving checks every row with the rules of
 * {@link PlanItemsCheck} and refuses the table with the problems cell by cell. Only the open
 * 「起草年度计划」 task of the year can be read and saved.
 */
@Component
public class PlanTable {

  static final String DRAFT_TASK = "draftPlan";

  private final PlanItemsCheck check;
  private final Directory directory;
  private final EngineWork engineWork;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final List<FormOptionSource> optionSources;
  private final CommitteeGroups committeeGroups;
  private final CallerCommittee caller;
  private final PlanDraft draft;

  public PlanTable(PlanItemsCheck check, Directory directory, EngineWork engineWork,
      @Lazy TaskService tasks, @Lazy RuntimeService runtime,
      @Lazy List<FormOptionSource> optionSources, CommitteeGroups committeeGroups,
      CallerCommittee caller,
      PlanDraft draft) {
    this.committeeGroups = committeeGroups;
    this.caller = caller;
    this.draft = draft;
    this.check = check;
    this.directory = directory;
    this.engineWork = engineWork;
    this.tasks = tasks;
    this.runtime = runtime;
    this.optionSources = optionSources;
  }

  /** The draft of the year as rows, with the task, the secretary's return reason and the choices. */
  public Map<String, Object> draft(int year) {
    String committee = caller.of(Roles.OFFICE);
    Task task = openTask(committee, year);
    Map<String, Object> variables = engineWork.run(() -> runtime.getVariables(
        task.getProcessInstanceId(), List.of(PlanVariables.PLAN_ITEMS,
            PlanVariables.PLAN_RETURN_REASON, PlanVariables.PLAN_OVERVIEW)));
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("year", year);
    draft.put("taskId", task.getId());
    draft.put("returnReason", variables.get(PlanVariables.PLAN_RETURN_REASON));
    draft.put("overview", variables.get(PlanVariables.PLAN_OVERVIEW));
    draft.put("rows", rows(committee, year, entries(variables.get(PlanVariables.PLAN_ITEMS))));
    draft.put("options", options(committee));
    return draft;
  }

  /**
   * Saves the rows as the year's draft once every row passes; otherwise refuses them all with each
   * row's problems, and nothing is saved.
   */
  public void save(int year, Object rows) {
    if (!(rows instanceof List<?> list)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "请求中应有“rows”: 计划事项的列表,每行一项。");
    }
    String committee = caller.of(Roles.OFFICE);
    Task task = openTask(committee, year);
    if (list.isEmpty()) {
      throw new PlanTableRefused("年度计划至少需要一项定期谈话,请添加一行。", List.of());
    }
    int organizations = directory.organizations(committee).size();
    if (list.size() > organizations) {
      throw new PlanTableRefused("计划写了" + list.size() + "行,多于下级党组织的数目(" + organizations
          + "个);每个党组织在计划中只写一次。", List.of());
    }
    // the rules read the decision table and the directory on the engine's behalf, as on completion
    PlanItemsCheck.Checked checked = engineWork.run(() -> check.check(committee, year,
        PlanLines.rows(list)));
    if (!checked.errors().isEmpty()) {
      throw new PlanTableRefused("计划有" + checked.errors().size() + "行需要修改,请按各格下方的提示修改后再保存。",
          checked.errors());
    }
    String lines = engineWork.run(() -> check.lines(checked.items()));
    engineWork.run(() -> {
      runtime.setVariable(task.getProcessInstanceId(), PlanVariables.PLAN_ITEMS, lines);
      tasks.setVariableLocal(task.getId(), PlanFormValues.PLAN_TABLE, PlanFormValues.shown(
          PlanFormValues.table(PlanLines.read(lines))));
    });
  }

  private Task openTask(String committee, int year) {
    Task task = engineWork.run(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(draft.businessKey(committee, year)).taskDefinitionKey(DRAFT_TASK)
        .singleResult());
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, year + "年度计划当前没有待起草的任务"
          + "(尚未发起“定期谈话年度计划”,或已提交书记审批)。");
    }
    return task;
  }

  /** The kept lines; none when they cannot be read (the page then starts from an empty table). */
  private static List<PlanLines.Entry> entries(Object lines) {
    try {
      return PlanLines.read(lines);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** Each line as a row of ids, as the page's pickers hold them; what cannot be found is left empty. */
  private List<Map<String, Object>> rows(String committee, int year,
      List<PlanLines.Entry> entries) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanLines.Entry entry : entries) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(RowErrors.ORGANIZATION, directory.findOrganization(entry.organization())
          .map(o -> o.id()).orElse(""));
      row.put(RowErrors.TALKER, entry.talker().isEmpty() ? ""
          : directory.findUser(entry.talker()).map(u -> u.getId()).orElse(""));
      row.put(RowErrors.MONTH, entry.month().isEmpty() ? null
          : PlanItemsCheck.month(year, entry.month(), problem -> { }));
      row.put(RowErrors.UNIT, ResponsibleUnit.find(entry.unit(), unitName(committee))
          .map(ResponsibleUnit::groupId).orElse(""));
      row.put(RowErrors.BASIS, entry.basis().stream().map(PlanBasis::find)
          .flatMap(Optional::stream).map(PlanBasis::name).distinct().toList());
      row.put(RowErrors.NOTE, entry.note());
      rows.add(row);
    }
    return rows;
  }

  /** The choices of each column: the forms' lists of organizations and talkers, months, units, bases. */
  private Map<String, Object> options(String committee) {
    Map<String, Object> options = new LinkedHashMap<>();
    Set<String> organizations = directory.organizations(committee).stream()
        .map(Organization::id).collect(Collectors.toSet());
    Set<String> talkers = Set.copyOf(directory.leadershipMembers(committee));
    options.put("organizations", list("organizations").stream()
        .filter(o -> organizations.contains(o.value())).toList());
    options.put("talkers", list("talkers").stream().filter(o -> talkers.contains(o.value()))
        .toList());
    options.put("months", IntStream.rangeClosed(1, 12)
        .mapToObj(m -> new FormOption(String.valueOf(m), m + "月")).toList());
    options.put("units", Arrays.stream(ResponsibleUnit.values())
        .map(u -> new FormOption(u.groupId(), unitName(committee).apply(u.groupId()))).toList());
    options.put("bases", Arrays.stream(PlanBasis.values())
        .map(b -> new FormOption(b.name(), b.label())).toList());
    return options;
  }

  /** A unit's name in the committee: the name of the committee's group for the role. */
  private UnaryOperator<String> unitName(String committee) {
    return role -> directory.groupName(committeeGroups.group(committee, role));
  }

  private List<FormOption> list(String name) {
    return optionSources.stream().filter(s -> s.lists().contains(name)).findFirst()
        .map(s -> engineWork.run(() -> s.options(name, FormContext.START, Map.of())))
        .orElse(List.of());
  }
}

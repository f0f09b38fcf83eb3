package cn.supervisiontalk.security;

import cn.supervisiontalk.validation.Submission;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The one door through which people's input enters the engine. Every start and task completion
 * (Tasklist, /engine-rest, the Java API) hands its values to a {@link Submission} instead of the
 * engine, so that nothing a person sends becomes a process variable by itself: the form's listener
 * decides what the model may route on. A person (a signed-in caller of a top-level command) may not
 * otherwise write variables, send messages or signals, or modify an instance; and may not filter
 * instances, tasks or history by variable values unless they read every talk of the committee (the
 * office), so a filter cannot be used to guess a value one may not read. Values of a Java class or
 * binary types are refused before anything reads them.
 */
public class SubmissionGate extends CommandInterceptor {

  static final String NOT_ALLOWED = "本系统只通过任务表单办理谈话,不能直接修改流程变量、发送消息或信号,也不能修改流程实例。";
  static final String NO_VARIABLE_FILTER = "您无权按流程变量的取值查询。";

  /** Commands that write variables, correlate or modify instances: the application's own only. */
  private static final Set<String> ENGINE_ONLY = Set.of(
      "SetTaskVariablesCmd", "SetExecutionVariablesCmd", "PatchTaskVariablesCmd",
      "PatchExecutionVariablesCmd", "RemoveTaskVariablesCmd", "RemoveExecutionVariablesCmd",
      "SetVariablesToProcessInstancesBatchCmd", "CorrelateMessageCmd", "CorrelateAllMessageCmd",
      "CorrelateStartMessageCmd", "MessageEventReceivedCmd", "SignalEventReceivedCmd", "SignalCmd",
      "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "StartProcessInstanceAtActivitiesCmd", "RestartProcessInstancesCmd",
      "RestartProcessInstancesBatchCmd", "ResolveTaskCmd", "CompleteExternalTaskCmd",
      "SetLocalVariablesToExternalTaskCmd",
      // further doors for variables: BPMN errors and escalations of a task, conditional starts,
      // external tasks, and case (CMMN) instances, which the application has none of
      "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd", "HandleExternalTaskBpmnErrorCmd",
      "HandleExternalTaskFailureCmd", "EvaluateStartConditionCmd", "CreateCaseInstanceCmd",
      "ManualStartCaseExecutionCmd", "CompleteCaseExecutionCmd", "DisableCaseExecutionCmd",
      "ReenableCaseExecutionCmd", "CloseCaseInstanceCmd", "TerminateCaseExecutionCmd",
      "CaseExecutionVariableCmd");

  /** The types a form submits: text, numbers, yes/no, dates, and JSON for lists. */
  private static final Set<String> FORM_TYPES = Set.of("string", "boolean", "integer", "long",
      "short", "double", "date", "null", "json");

  private final ProcessEngineConfigurationImpl configuration;
  private final CommitteeGroups committees;

  public SubmissionGate(ProcessEngineConfigurationImpl configuration, CommitteeGroups committees) {
    this.configuration = configuration;
    this.committees = committees;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean nested = Context.getCommandContext() != null;
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    boolean person = !nested && authentication != null && authentication.getUserId() != null;
    if (person) {
      refuseEngineOnly(command, authentication);
    }
    if (command instanceof CompleteTaskCmd complete && !ENGINE_ONLY.contains(simpleName(command))) {
      String field = "variables";
      return submit(command, Submission.forTask(read(complete, "taskId"),
          take(complete, field, person), person));
    }
    if (command instanceof SubmitTaskFormCmd submit) {
      return submit(command, Submission.forTask(read(submit, "taskId"),
          take(submit, "properties", person), person));
    }
    if (command instanceof SubmitStartFormCmd start) {
      return submit(command, Submission.forStart(read(start, "processDefinitionId"),
          take(start, "variables", person), person));
    }
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = read(start, "instantiationBuilder");
      VariableMap variables = builder.getModificationBuilder().getProcessVariables();
      Map<String, TypedValue> values = typed(variables, person);
      variables.clear();
      String definition = builder.getProcessDefinitionId() != null
          ? builder.getProcessDefinitionId() : builder.getProcessDefinitionKey();
      return submit(command, Submission.forStart(definition, values, person));
    }
    return next.execute(command);
  }

  private <T> T submit(Command<T> command, Submission submission) {
    return Submission.during(submission, () -> next.execute(command));
  }

  private void refuseEngineOnly(Command<?> command, Authentication authentication) {
    if (ENGINE_ONLY.contains(simpleName(command))) {
      throw new NotValidException(NOT_ALLOWED);
    }
    boolean filtersByValue = command instanceof AbstractVariableQueryImpl<?, ?> query
        && !query.getQueryVariableValues().isEmpty()
        || command instanceof TaskQueryImpl tasks && hasVariableFilter(tasks);
    if (filtersByValue && !readsAllTalks(authentication)) {
      throw new AuthorizationException(NO_VARIABLE_FILTER);
    }
  }

  private static boolean hasVariableFilter(TaskQueryImpl tasks) {
    if (!tasks.getVariables().isEmpty()) {
      return true;
    }
    return tasks.getQueries().stream().anyMatch(q -> !q.getVariables().isEmpty());
  }

  /** An office (of any committee: the tenant check keeps it to its own) or an administrator. */
  private boolean readsAllTalks(Authentication authentication) {
    List<String> groups = authentication.getGroupIds();
    return groups != null && (groups.contains(Roles.ADMIN) || committees.anyHolds(groups, Roles.OFFICE));
  }

  /** The command's values as typed values, its own map emptied so the engine sets none of them. */
  private static Map<String, TypedValue> take(Object command, String field, boolean person) {
    Map<String, Object> variables = read(command, field);
    Map<String, TypedValue> values = typed(variables, person);
    write(command, field, new VariableMapImpl());
    return values;
  }

  private static Map<String, TypedValue> typed(Map<String, Object> variables, boolean person) {
    Map<String, TypedValue> values = new LinkedHashMap<>();
    if (variables == null) {
      return values;
    }
    VariableMap map = Variables.fromMap(variables);
    for (String name : map.keySet()) {
      TypedValue value = map.getValueTyped(name);
      String type = typeOf(value);
      if (!FORM_TYPES.contains(type) && person) {
        throw new NotValidException("“" + name + "”的取值类型(" + type + ")不是表单可以提交的类型,未保存。");
      }
      values.put(name, value);
    }
    return values;
  }

  /** The value's type name; for an untyped value, the form type its Java value stands for. */
  private static String typeOf(TypedValue value) {
    if (value == null) {
      return "null";
    }
    if (value.getType() != null) {
      return value.getType().getName();
    }
    Object plain = value.getValue();
    if (plain == null) {
      return "null";
    }
    if (plain instanceof String || plain instanceof Boolean || plain instanceof Number
        || plain instanceof java.util.Date) {
      return "string";
    }
    return plain instanceof java.util.List || plain instanceof Map ? "json" : plain.getClass().getName();
  }

  private static String simpleName(Command<?> command) {
    return command.getClass().getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private static <V> V read(Object target, String name) {
    try {
      return (V) field(target.getClass(), name).get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Object target, String name, Object value) {
    try {
      field(target.getClass(), name).set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException("Camunda 命令 " + type.getName() + " 没有字段 " + name);
  }
}

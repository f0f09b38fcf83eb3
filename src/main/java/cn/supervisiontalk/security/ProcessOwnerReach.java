package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricIdentityLinkLogQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The process owner watches the course of every process in Cockpit (instances, activities,
 * incidents, jobs), which needs READ_HISTORY on the process definitions. That permission also
 * opens the historic tasks (who worked on which task of which talk, and when), their identity
 * links and the user operation log, which README's role table does not give him: those queries are
 * refused (403 in Chinese) to a process owner who is not also in the office or an administrator.
 * A person who is a process owner and, say, a talker reads his own talk's tasks in Tasklist, not
 * through these queries.
 */
@Component
public class ProcessOwnerReach extends AbstractProcessEnginePlugin {

  static final String REFUSED = "流程负责人只能查看流程的进程(实例、环节、事件、作业),不能查看任务记录和操作日志。";

  private static final Set<Class<?>> TASK_HISTORY = Set.of(HistoricTaskInstanceQueryImpl.class,
      HistoricTaskInstanceReportImpl.class, HistoricIdentityLinkLogQueryImpl.class,
      HistoricDetailQueryImpl.class, UserOperationLogQueryImpl.class);

  private final CommitteeGroups committeeGroups;

  public ProcessOwnerReach(@Lazy CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(withLast(
        new Guard(configuration, committeeGroups),
        configuration.getCustomPreCommandInterceptorsTxRequired()));
  }

  private static List<CommandInterceptor> withLast(CommandInterceptor last,
      List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = others == null ? new ArrayList<>() : new ArrayList<>(others);
    interceptors.add(last);
    return interceptors;
  }

  /**
   * True when the person reads history only as a process owner: of some committee, and nowhere
   * its office.
   */
  static boolean ownerOnly(List<String> groups, CommitteeGroups committees) {
    return groups != null && committees.anyHolds(groups, Roles.PROCESS_OWNER)
        && !committees.anyHolds(groups, Roles.OFFICE) && !groups.contains(Roles.ADMIN);
  }

  private static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final CommitteeGroups committees;

    Guard(ProcessEngineConfigurationImpl configuration, CommitteeGroups committees) {
      this.configuration = configuration;
      this.committees = committees;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Class<?> type = command.getClass();
      // the task report's commands are classes inside HistoricTaskInstanceReportImpl
      Class<?> enclosing = type.getEnclosingClass();
      if (TASK_HISTORY.contains(type) || enclosing != null && TASK_HISTORY.contains(enclosing)) {
        IdentityService identity = configuration.getIdentityService();
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && ownerOnly(authentication.getGroupIds(), committees)) {
          throw new AuthorizationException(REFUSED);
        }
      }
      return next.execute(command);
    }
  }
}

package cn.supervisiontalk.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * Deployments: where deployments at run time are off (profile prod), a person (REST, Cockpit,
 * Admin, the Modeler; camunda-admin included) may not deploy; the models come only from the
 * application's processes/ and forms/, deployed at start-up. In every profile a deployment whose
 * expressions reach for Java's machinery is refused ({@link ModelContentCheck}), and one refused
 * for a script ({@link ScriptRefusal}) is answered with that reason instead of the engine's parse
 * report.
 */
class DeploymentGate extends CommandInterceptor {

  static final String NO_RUNTIME_DEPLOYMENT = "生产环境不接受在线部署:流程模型和表单只随应用程序包"
      + "(processes/、forms/)在启动时部署。";

  private final ProcessEngineConfigurationImpl configuration;
  private final boolean runtimeDeployments;

  DeploymentGate(ProcessEngineConfigurationImpl configuration, boolean runtimeDeployments) {
    this.configuration = configuration;
    this.runtimeDeployments = runtimeDeployments;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof DeployCmd deployCmd)) {
      return next.execute(command);
    }
    if (!runtimeDeployments && byPerson()) {
      throw new AuthorizationException(NO_RUNTIME_DEPLOYMENT);
    }
    ModelContentCheck.check(builder(deployCmd).getDeployment().getResources());
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (String.valueOf(e.getMessage()).contains(ScriptRefusal.REFUSED)) {
        throw new NotValidException(ScriptRefusal.REFUSED, e);
      }
      throw e;
    }
  }

  private static DeploymentBuilderImpl builder(DeployCmd command) {
    try {
      Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
      field.setAccessible(true);
      return (DeploymentBuilderImpl) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda 命令 DeployCmd 没有字段 deploymentBuilder", e);
    }
  }

  private boolean byPerson() {
    if (Context.getCommandContext() != null) {
      return false;
    }
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null;
  }
}

package cn.supervisiontalk.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authorized command one query over the whole authorization table. Before it checks
 * a permission, Camunda's {@link AuthorizationManager} reads {@code select distinct GROUP_ID_} of
 * every authorization there is, to leave out of the check the person's groups that hold none. With
 * a grant per open task that table grows with the number of talks (hundreds of thousands of rows at
 * 100,000 talks), and the read costs more than the check it shortens. A group without
 * authorizations adds nothing to a check (no grant, no revoke matches it), so passing the person's
 * groups as they are gives the same answers; people here belong to a handful of groups.
 */
@Component
public class AuthenticatedGroupsAsTheyAre extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** The authorization manager of each command, without the read of every authorized group. */
  static class Manager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      // a new list: MyBatis iterates it by reflection, which an immutable list's class refuses
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }

  private static class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }
}

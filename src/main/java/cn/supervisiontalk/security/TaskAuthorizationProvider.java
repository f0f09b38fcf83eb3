package cn.supervisiontalk.security;

import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * Camunda's default authorizations, with one change for article 16. With historic instance
 * permissions on, Camunda grants everybody who is assignee or candidate of a task READ and
 * READ_VARIABLE on its history; READ_VARIABLE on any one task's history opens the historic
 * variables of the whole process instance (the history query joins every task of the instance).
 * A unit supplying material would read the talkee's self-inspection and every other unit's
 * material, the talkee the material about them. Here a person keeps READ on the history of their
 * own tasks only; a talk's variables are read by those granted the talk ({@link TalkAccess}).
 */
public class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected Permission[] getHistoricPermissions(boolean specificVariablePermission) {
    return new Permission[] {HistoricTaskPermissions.READ};
  }
}

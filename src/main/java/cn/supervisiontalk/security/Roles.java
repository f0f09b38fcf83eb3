package cn.supervisiontalk.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles of the application as Camunda groups. The ids are fixed (the process models assign
 * tasks by them); the names are used only when a group is missing and has to be created, e.g. on a
 * production database started without the demo organization.
 */
public final class Roles {

  public static final String OFFICE = "office";
  public static final String LEADERSHIP = "leadershipMember";
  public static final String TALKEE = "talkee";
  /**
   * The other members of a lower organization's own leadership team (article 11): they acknowledge
   * the talkee's measures on first-responsibility duties in Tasklist and see nothing else of a talk.
   */
  public static final String TALKEE_TEAM = "talkeeTeam";
  public static final String PROCESS_OWNER = "processOwner";
  /**
   * 三员分立 (等级保护): the system administrator manages people, groups and committees; the
   * security administrator authorizations, the password policy and session rules; the auditor
   * reads the access trail. None of them reads a talk or does a talk's work.
   */
  public static final String SYSTEM_ADMINISTRATOR = "systemAdministrator";
  public static final String SECURITY_ADMINISTRATOR = "securityAdministrator";
  public static final String AUDITOR = "auditor";
  /** Camunda's administrators group: manages users, groups and authorizations. */
  public static final String ADMIN = "camunda-admin";

  /**
   * The cooperating units (article 6). Each may start a talk proposal; whether its members may
   * propose is the decision table processes/proposing-units.dmn, checked when the proposal starts.
   */
  public static final List<String> UNITS =
      List.of("discipline", "dispatchedGroup", "organization", "propaganda", "inspection", "audit");

  /** Every role group with its name, in the order the README lists them. */
  public static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put(OFFICE, "党委办公室");
    GROUPS.put(LEADERSHIP, "党委领导班子成员");
    GROUPS.put("discipline", "纪委监委");
    GROUPS.put("dispatchedGroup", "派驻纪检监察组");
    GROUPS.put("organization", "组织部门");
    GROUPS.put("propaganda", "宣传部门");
    GROUPS.put("inspection", "巡察机构");
    GROUPS.put("audit", "审计机关");
    GROUPS.put(TALKEE, "下一级党组织主要负责人");
    GROUPS.put(TALKEE_TEAM, "下一级党组织领导班子成员");
    GROUPS.put(PROCESS_OWNER, "流程负责人");
  }

  /**
   * The three administrators (三员分立), with their names. Not business roles: they are not in
   * {@link #GROUPS} (no Tasklist, no talk) and have their own grants ({@code AdministratorGrants}).
   */
  public static final Map<String, String> ADMINISTRATORS = new LinkedHashMap<>();

  static {
    ADMINISTRATORS.put(SYSTEM_ADMINISTRATOR, "系统管理员");
    ADMINISTRATORS.put(SECURITY_ADMINISTRATOR, "安全管理员");
    ADMINISTRATORS.put(AUDITOR, "安全审计员");
  }

  private Roles() {
  }
}

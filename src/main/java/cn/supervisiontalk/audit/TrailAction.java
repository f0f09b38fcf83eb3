package cn.supervisiontalk.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The actions the trail records: an English code stored in each row, a Chinese name shown. */
public enum TrailAction {
  // reading talk content
  TASK_FORM_READ("task.form.read", "读取任务表单内容"),
  TASK_VARIABLES_READ("task.variables.read", "读取任务变量"),
  PROCESS_VARIABLES_READ("process.variables.read", "读取流程变量"),
  HISTORY_VARIABLES_READ("history.variables.read", "读取历史变量"),
  LEDGER_LIST("ledger.list", "查看谈话台账"),
  LEDGER_TALK_READ("ledger.talk.read", "查看谈话页面"),
  LEDGER_EXPORT("ledger.export", "导出谈话台账"),
  ARCHIVE_LIST("archive.list", "查看归档材料列表"),
  ARCHIVE_READ("archive.read", "查看归档材料"),
  COPY_LIST("copy.list", "查看抄送列表"),
  COPY_READ("copy.read", "查看抄送内容"),
  DOCUMENT_DOWNLOAD("document.download", "下载文书"),
  ATTACHMENT_LIST("attachment.list", "查看附件列表"),
  ATTACHMENT_DOWNLOAD("attachment.download", "下载附件"),
  REPORT_READ("report.read", "查看年度报告"),
  PLAN_READ("plan.read", "查看年度计划"),
  COVERAGE_READ("coverage.read", "查看任期全覆盖情况"),
  ORGANIZATION_READ("organization.read", "查看党组织和任期"),
  COMMITTEE_READ("committee.read", "查看本党委及其任期"),
  NOTICE_LIST("notice.list", "查看通知"),
  // changing talks and the application's own data
  PROCESS_START("process.start", "发起流程"),
  TASK_COMPLETE("task.complete", "办理完成任务"),
  TASK_CLAIM("task.claim", "认领任务"),
  TASK_UNCLAIM("task.unclaim", "取消认领任务"),
  ATTACHMENT_UPLOAD("attachment.upload", "上传附件"),
  ATTACHMENT_DELETE("attachment.delete", "删除附件"),
  PLAN_DRAFT_SAVE("plan.draft.save", "保存年度计划草稿"),
  TALK_NOTICE_SEND("talk.notice.send", "发送谈话通知"),
  NOTICE_MARK_READ("notice.mark.read", "通知标为已读"),
  ORGANIZATION_TERM_CHANGE("organization.term.change", "登记“一把手”或任期变更"),
  COMMITTEE_TERM_CREATE("committee.term.create", "登记新一届任期"),
  COMMITTEE_NAME("committee.name", "填写或修改本党委(党组)的名称"),
  COMMITTEES_READ("committees.read", "查看各党委(党组)及其用户组"),
  COMMITTEE_CREATE("committees.create", "增加党委(党组)"),
  COMMITTEE_LEADER_ADD("committees.leadership.add", "增加党委(党组)领导班子成员"),
  COMMITTEE_ORGANIZATION_ADD("committees.organization.add", "增加党委(党组)的下级党组织"),
  OVERSIGHT_READ("oversight.read", "查看下级党委(党组)的监督谈话工作情况"),
  COPY_MADE("copy.made", "形成抄送"),
  // users, groups, authorizations
  AUTHORIZATION_CREATE("authorization.create", "新建授权"),
  AUTHORIZATION_UPDATE("authorization.update", "修改授权"),
  AUTHORIZATION_DELETE("authorization.delete", "删除授权"),
  USER_CREATE("user.create", "新建用户"),
  USER_PROFILE("user.profile", "修改用户资料"),
  USER_PASSWORD("user.password", "修改用户口令"),
  USER_DELETE("user.delete", "删除用户"),
  GROUP_CREATE("group.create", "新建用户组"),
  GROUP_UPDATE("group.update", "修改用户组"),
  GROUP_DELETE("group.delete", "删除用户组"),
  MEMBERSHIP_ADD("membership.add", "将用户加入用户组"),
  MEMBERSHIP_REMOVE("membership.remove", "将用户移出用户组"),
  TENANT_CREATE("tenant.create", "新建租户"),
  TENANT_UPDATE("tenant.update", "修改租户"),
  TENANT_DELETE("tenant.delete", "删除租户"),
  TENANT_MEMBERSHIP_ADD("tenant.membership.add", "将用户或用户组加入租户"),
  TENANT_MEMBERSHIP_REMOVE("tenant.membership.remove", "将用户或用户组移出租户"),
  // signing in and out
  LOGIN("login", "登录"),
  LOGIN_FAILED("login.failed", "登录失败"),
  LOGOUT("logout", "退出登录"),
  // the trail itself
  TRAIL_READ("trail.read", "查询访问留痕"),
  TRAIL_EXPORT("trail.export", "导出访问留痕"),
  TRAIL_VERIFY("trail.verify", "校验访问留痕"),
  TRAIL_PURGE("trail.purge", "清理过期的访问留痕");

  private static final Map<String, TrailAction> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toMap(TrailAction::code, Function.identity()));

  private final String code;
  private final String label;

  TrailAction(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The Chinese name of a stored action code; the code itself for one no longer known. */
  static String labelOf(String code) {
    TrailAction action = BY_CODE.get(code);
    return action == null ? code : action.label;
  }

  static boolean known(String code) {
    return BY_CODE.containsKey(code);
  }
}

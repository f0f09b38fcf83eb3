package cn.supervisiontalk.security;

import java.util.List;
import java.util.Set;

/**
 * Who may call which part of the application's own API, before any endpoint runs. Endpoints that
 * show talk data to several roles check each record themselves (e.g. the archive); everything else
 * is for the office, which organizes all talks of its committee. A path not listed here is for
 * the office only, so a new endpoint is never open by accident. The administrator may call all but
 * the paths that are one role's alone (see {@link #EXCLUSIVE}).
 */
final class ApiRules {

  private record Rule(String prefix, boolean readOnly, Set<String> groups) {
    boolean matches(String method, String path) {
      boolean read = method.equals("GET") || method.equals("HEAD");
      return (path.equals(prefix) || path.startsWith(prefix + "/")) && (!readOnly || read);
    }
  }

  /** Any authenticated person; the endpoint decides record by record. */
  private static final Set<String> ANYONE = Set.of();

  private static final List<Rule> RULES = List.of(
      // archive: office all, talkee own, talker held, recipient units those copied to them
      new Rule("/api/archives", true, ANYONE),
      // copies as the parts come into existence: office all, recipient units those copied to them
      new Rule("/api/copies", true, ANYONE),
      new Rule("/api/notices", false, ANYONE), // each person only their own notices (notice.NoticeList)
      new Rule("/api/talks", true, ANYONE), // a talk's documents: each checked (document.TalkDocuments)
      // attachments: each task and file checked (attachment.Attachments)
      new Rule("/api/tasks", false, ANYONE), new Rule("/api/attachments", true, ANYONE),
      // talk ledger and a talk's page (and /api/ledger.xlsx): every row checked (ledger.LedgerAccess)
      new Rule("/api/ledger", true, ANYONE), new Rule("/api/ledger.xlsx", true, ANYONE),
      // names and terms of the next-level organizations, as shown in forms
      new Rule("/api/organizations", true, ANYONE),
      new Rule("/api/organizations", false, Set.of(Roles.OFFICE, Roles.SYSTEM_ADMINISTRATOR)),
      // the holding committee's name and terms; the office records a new term (换届)
      new Rule("/api/committee", true, ANYONE),
      new Rule("/api/committee", false, Set.of(Roles.OFFICE, Roles.SYSTEM_ADMINISTRATOR)),
      // the committees of the installation: read by anyone, added by the system administrator
      new Rule("/api/committees", true, ANYONE),
      new Rule("/api/committees", false, Set.of(Roles.SYSTEM_ADMINISTRATOR)),
      new Rule("/api/reports", false, Set.of(Roles.OFFICE)),
      // oversight of the committees below (articles 13-15): figures, names and dates only
      new Rule("/api/oversight", true, Set.of(Roles.OFFICE, "organization", "discipline")),
      new Rule("/api/plans", false, Set.of(Roles.OFFICE)),
      new Rule("/api/coverage", false, Set.of(Roles.OFFICE)),
      // the figures for Prometheus (monitoring.WorkMetrics): counts only, for operators
      new Rule("/actuator/prometheus", true, Set.of(Roles.PROCESS_OWNER, Roles.SYSTEM_ADMINISTRATOR)));

  private static final Set<String> DEFAULT = Set.of(Roles.OFFICE);

  /**
   * Paths that are one role's alone, not even the administrator's (三员分立): the access trail
   * (audit.TrailController) the auditor's, the password and session rules (security.settings) the
   * security administrator's.
   */
  private static final List<Rule> EXCLUSIVE = List.of(
      new Rule("/api/trail", false, Set.of(Roles.AUDITOR)),
      new Rule("/api/trail.csv", false, Set.of(Roles.AUDITOR)),
      new Rule("/api/security/settings", false, Set.of(Roles.SECURITY_ADMINISTRATOR)));

  private ApiRules() {
  }

  static boolean allows(String method, String path, ApiUser user) {
    for (Rule exclusive : EXCLUSIVE) {
      if (exclusive.matches(method, path)) {
        return exclusive.groups().stream().anyMatch(user::inGroup);
      }
    }
    if (user.inGroup(Roles.ADMIN)) {
      return true;
    }
    // 三员分立: an administrator passes only rules naming his role, never those for anyone
    // signed in (they show talk data record by record)
    boolean administrator = Roles.ADMINISTRATORS.keySet().stream().anyMatch(user::inGroup);
    Set<String> groups = RULES.stream().filter(r -> r.matches(method, path))
        .filter(r -> !administrator || !r.groups().isEmpty()).findFirst()
        .map(Rule::groups).orElse(DEFAULT);
    return groups.isEmpty() || groups.stream().anyMatch(user::inGroup);
  }
}

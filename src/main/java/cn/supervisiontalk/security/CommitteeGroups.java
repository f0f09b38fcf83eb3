package cn.supervisiontalk.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every holding committee is a Camunda tenant with its own role groups (table committee_group):
 * its office, leadership team, discipline body, cooperating units, talkees and their teams, process
 * owners. A person has a role in a committee by being in that committee's group, so a county
 * secretary who is the city's talkee has each committee's rights there only. The first committee
 * keeps the plain role ids (office, discipline …); a committee added later gets its own
 * ({@code qingshanOffice} …). As {@code committeeGroups} in the models, where a task's candidates
 * are the role's group of the committee holding the instance ({@link #of}).
 */
@Component("committeeGroups")
public class CommitteeGroups {

  /** A role's group of one committee. */
  public record CommitteeGroup(String committeeId, String role, String groupId) {
  }

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final RoleGrants roleGrants;
  private volatile List<CommitteeGroup> known;

  public CommitteeGroups(JdbcClient jdbc, @Lazy IdentityService identity,
      @Lazy RoleGrants roleGrants) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.roleGrants = roleGrants;
  }

  /**
   * The group holding the role in the committee; the plain role id while no committee is named
   * (a database started without seeds). Never another committee's group: a committee without
   * the role's group is an error.
   */
  public String group(String committeeId, String role) {
    if (committeeId == null) {
      return role;
    }
    return find(committeeId, role).or(() -> reloaded().stream()
            .filter(g -> g.committeeId().equals(committeeId) && g.role().equals(role)).findFirst())
        .map(CommitteeGroup::groupId)
        .orElseThrow(() -> new IllegalStateException(
            "党委(党组)“" + committeeId + "”没有“" + Roles.GROUPS.getOrDefault(role, role) + "”用户组"));
  }

  /**
   * The role's group of the committee holding the instance (its tenant); an instance started
   * before there were several committees has none and belongs to the first.
   */
  public String of(DelegateExecution execution, String role) {
    return group(committeeOf(execution), role);
  }

  /** The committee holding the instance: its tenant, or the first committee for an older one. */
  public String committeeOf(DelegateExecution execution) {
    String tenant = execution.getTenantId();
    return tenant != null ? tenant : first().orElse(null);
  }

  /** The committee named first on this installation, which kept the plain role ids. */
  public Optional<String> first() {
    return jdbc.sql("select id from committee order by recorded_at, id").query(String.class).list()
        .stream().findFirst();
  }

  /**
   * Whether the person the engine acts for holds the role in the committee: true when it acts
   * for nobody (a job, a timer) or for a Camunda administrator.
   */
  public boolean currentUserHolds(String committeeId, String role) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return true;
    }
    List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
    return groups.contains(Roles.ADMIN) || groups.contains(group(committeeId, role));
  }

  /**
   * The committees the person the engine acts for works for: where they hold a role other than
   * talkee or talkee's team member. Every committee when it acts for nobody or for a Camunda
   * administrator.
   */
  public Set<String> committeesOfCurrentUser() {
    Authentication current = identity.getCurrentAuthentication();
    List<String> groups = current == null || current.getGroupIds() == null ? null
        : current.getGroupIds();
    Set<String> committees = new LinkedHashSet<>();
    if (groups == null || current.getUserId() == null || groups.contains(Roles.ADMIN)) {
      all().forEach(g -> committees.add(g.committeeId()));
      return committees;
    }
    roles(groups).forEach((committee, held) -> {
      if (held.stream().anyMatch(r -> !r.equals(Roles.TALKEE) && !r.equals(Roles.TALKEE_TEAM))) {
        committees.add(committee);
      }
    });
    return committees;
  }

  /** The committee directly above this one, which receives its report and oversees it. */
  public Optional<String> upperOf(String committeeId) {
    return jdbc.sql("select upper_id from committee where id = ?").param(committeeId)
        .query(String.class).optional().filter(upper -> upper != null && !upper.isBlank());
  }

  /** The committees directly below this one, the first named first. */
  public List<String> below(String committeeId) {
    return jdbc.sql("select id from committee where upper_id = ? order by recorded_at, id")
        .param(committeeId).query(String.class).list();
  }

  /** The ids of every committee, the first named first (as {@code committeeGroups.committeeIds()}). */
  public List<String> committeeIds() {
    return jdbc.sql("select id from committee order by recorded_at, id").query(String.class).list();
  }

  /**
   * A business key of a committee's yearly instance: {@code annualPlan-2027} for the first
   * committee (as before there were several), {@code annualPlan-qingshan-2027} for a later one.
   */
  public String businessKey(String prefix, String committeeId, int year) {
    return first().filter(c -> c.equals(committeeId)).isPresent() ? prefix + "-" + year
        : prefix + "-" + committeeId + "-" + year;
  }

  /** The one committee where the person the engine acts for holds the role, if only one. */
  public Optional<String> currentUserOnlyCommittee(String role) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getGroupIds() == null) {
      return Optional.empty();
    }
    Set<String> committees = committeesWhere(role, current.getGroupIds());
    return committees.size() == 1 ? Optional.of(committees.iterator().next()) : Optional.empty();
  }

  /** The committee's short name (青山县委), its full name without one, its id when unnamed. */
  public String committeeName(String committeeId) {
    return jdbc.sql("select short_name, name from committee where id = ?").param(committeeId)
        .query((rs, row) -> rs.getString(1) == null || rs.getString(1).isBlank()
            ? rs.getString(2) : rs.getString(1))
        .optional().orElse(committeeId);
  }

  /** The roles these groups hold, by committee. */
  public Map<String, Set<String>> roles(Collection<String> groupIds) {
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    for (CommitteeGroup group : all()) {
      if (groupIds.contains(group.groupId())) {
        roles.computeIfAbsent(group.committeeId(), c -> new LinkedHashSet<>()).add(group.role());
      }
    }
    return roles;
  }

  /** Whether these groups hold the role in any committee (or are the role's plain group). */
  public boolean anyHolds(Collection<String> groupIds, String role) {
    return groupIds != null && (groupIds.contains(role)
        || roles(groupIds).values().stream().anyMatch(held -> held.contains(role)));
  }

  /** The tenants (committees) these groups belong to, for the engine's tenant check. */
  public List<String> tenants(Collection<String> groupIds) {
    return List.copyOf(roles(groupIds).keySet());
  }

  /** The committees in which these groups hold the role. */
  public Set<String> committeesWhere(String role, Collection<String> groupIds) {
    Set<String> committees = new LinkedHashSet<>();
    roles(groupIds).forEach((committee, held) -> {
      if (held.contains(role)) {
        committees.add(committee);
      }
    });
    return committees;
  }

  /** Every committee's groups. */
  public List<CommitteeGroup> all() {
    List<CommitteeGroup> current = known;
    return current != null ? current : reloaded();
  }

  /**
   * Makes the committee a tenant with a group for every role, each a member of the tenant and
   * given the role's standing grants ({@link RoleGrants}):
   * the first committee on the plain role ids, a later one on ids of its own. Idempotent.
   */
  public void ensure(String committeeId, String shortName) {
    // the application's own work, whoever adds the committee (the system administrator may not
    // grant anything: 三员分立): done as nobody, each step its own engine command
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      ensureGroups(committeeId, shortName);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
      known = null;
    }
  }

  private void ensureGroups(String committeeId, String shortName) {
    boolean first = jdbc.sql("select count(*) from committee_group where committee_id <> ?")
        .param(committeeId).query(Long.class).single() == 0;
    if (identity.createTenantQuery().tenantId(committeeId).count() == 0) {
      Tenant tenant = identity.newTenant(committeeId);
      tenant.setName(shortName);
      identity.saveTenant(tenant);
    }
    for (Map.Entry<String, String> role : Roles.GROUPS.entrySet()) {
      String groupId = find(committeeId, role.getKey()).map(CommitteeGroup::groupId)
          .orElse(first ? role.getKey() : committeeId + capitalized(role.getKey()));
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(first ? role.getValue() : role.getValue() + "(" + shortName + ")");
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
      if (identity.createTenantQuery().tenantId(committeeId).groupMember(groupId).count() == 0) {
        identity.createTenantGroupMembership(committeeId, groupId);
      }
      if (find(committeeId, role.getKey()).isEmpty()) {
        jdbc.sql("insert into committee_group (committee_id, role, group_id) values (?, ?, ?)")
            .params(committeeId, role.getKey(), groupId).update();
      }
      roleGrants.grantRole(role.getKey(), groupId);
    }
    known = null;
  }

  private Optional<CommitteeGroup> find(String committeeId, String role) {
    return all().stream()
        .filter(g -> g.committeeId().equals(committeeId) && g.role().equals(role)).findFirst();
  }

  private List<CommitteeGroup> reloaded() {
    List<CommitteeGroup> loaded = new ArrayList<>(jdbc.sql(
            "select committee_id, role, group_id from committee_group order by committee_id, role")
        .query((rs, row) -> new CommitteeGroup(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list());
    known = List.copyOf(loaded);
    return known;
  }

  private static String capitalized(String role) {
    return Character.toUpperCase(role.charAt(0)) + role.substring(1);
  }
}

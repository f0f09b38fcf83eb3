package cn.supervisiontalk.organization;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormOption;
import cn.supervisiontalk.validation.FormOptionSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pickers of organizations and of their people, for the forms:
 * <ul>
 *   <li>{@code organizations}: the next-level organizations of the committees the person works
 *       for (article 7: each committee talks to its own), in their order, each labelled with
 *       its current top leader, who is the talkee of a talk with it (青山县委(王海));</li>
 *   <li>{@code leaders}: the people who may become an organization's top leader and are already
 *       known: the current top leaders (re-appointed), the other members of the organizations'
 *       own teams (promoted), then everybody else in the talkee group (a former top leader).</li>
 * </ul>
 */
@Component
public class OrganizationOptions implements FormOptionSource {

  static final String ORGANIZATIONS = "organizations";
  static final String LEADERS = "leaders";

  private final OrganizationRepository organizations;
  private final IdentityService identity;
  private final JdbcClient jdbc;
  private final CommitteeGroups committeeGroups;

  public OrganizationOptions(OrganizationRepository organizations, @Lazy IdentityService identity,
      JdbcClient jdbc, CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.organizations = organizations;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> lists() {
    return Set.of(ORGANIZATIONS, LEADERS);
  }

  @Override
  public List<FormOption> options(String list, FormContext context, Map<String, String> properties) {
    return ORGANIZATIONS.equals(list) ? organizations() : leaders();
  }

  private List<FormOption> organizations() {
    Set<String> committees = committeeGroups.committeesOfCurrentUser();
    Map<String, String> names = names(committees, Roles.TALKEE);
    return mine(committees).stream()
        .map(o -> new FormOption(o.id(), o.shortName() + "(" + names.getOrDefault(o.topLeaderId(),
            o.topLeaderId()) + ")"))
        .toList();
  }

  private List<FormOption> leaders() {
    Map<String, String> labels = new LinkedHashMap<>();
    Set<String> committees = committeeGroups.committeesOfCurrentUser();
    Map<String, String> talkees = names(committees, Roles.TALKEE);
    Map<String, String> team = names(committees, Roles.TALKEE_TEAM);
    List<Organization> all = mine(committees);
    for (Organization organization : all) {
      String id = organization.topLeaderId();
      labels.put(id, talkees.getOrDefault(id, id) + "(" + organization.shortName() + "现任“一把手”)");
    }
    Set<String> ids = new java.util.HashSet<>(all.stream().map(Organization::id).toList());
    for (TeamMember member : teamMembers(ids)) {
      labels.putIfAbsent(member.userId(), team.getOrDefault(member.userId(), member.userId())
          + "(" + member.title() + ")");
    }
    talkees.forEach((id, name) -> labels.putIfAbsent(id, name));
    List<FormOption> options = new ArrayList<>();
    labels.forEach((id, label) -> options.add(new FormOption(id, label)));
    return options;
  }

  /** The organizations of these committees (those of no committee too), in their order. */
  private List<Organization> mine(Set<String> committees) {
    return organizations.findAll().stream()
        .filter(o -> o.committeeId() == null || committees.contains(o.committeeId())).toList();
  }

  /** The members of the role's group in each of the committees, by id, with their names. */
  private Map<String, String> names(Set<String> committees, String role) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> groups = new java.util.LinkedHashSet<>();
    committees.forEach(c -> groups.add(committeeGroups.group(c, role)));
    if (groups.isEmpty()) {
      groups.add(role);
    }
    for (String group : groups) {
      for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        names.put(user.getId(), PersonName.of(user));
      }
    }
    return names;
  }

  /** A member of a next-level organization's own team (article 11), with the title held there. */
  private record TeamMember(String userId, String title) {
  }

  private List<TeamMember> teamMembers(Set<String> organizationIds) {
    return jdbc.sql("""
            select m.organization_id, m.user_id, m.title from organization_team_member m
            join organization o on o.id = m.organization_id
            order by o.sort_order, o.id, m.sort_order, m.user_id""")
        .query((rs, row) -> organizationIds.contains(rs.getString("organization_id"))
            ? new TeamMember(rs.getString("user_id"), rs.getString("title")) : null)
        .list().stream().filter(java.util.Objects::nonNull).toList();
  }
}

package cn.supervisiontalk.organization;

import org.springframework.context.annotation.Lazy;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.password.IdentityChanged;
import cn.supervisiontalk.validation.Problems;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is who: organizations, people and units. Used by listeners and, as {@code directory}, by
 * expressions in the process models. People's names, read for every task card, notice and page,
 * are kept for a minute; a change of a person on this node forgets them at once.
 */
@Component("directory")
public class Directory {

  private static final long NAME_NANOS = Duration.ofMinutes(1).toNanos();

  private record KnownName(String name, long until) {}

  private final Map<String, KnownName> names = new ConcurrentHashMap<>();
  private final IdentityService identity;
  private final OrganizationRepository organizations;
  private final LeadershipRepository leadership;
  private final TeamRepository teams;
  private final CommitteeGroups committeeGroups;

  public Directory(IdentityService identity, OrganizationRepository organizations,
      LeadershipRepository leadership, TeamRepository teams, @Lazy CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.identity = identity;
    this.organizations = organizations;
    this.leadership = leadership;
    this.teams = teams;
  }

  /** The organization with this id or (short) name. */
  public Optional<Organization> findOrganization(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    String wanted = idOrName.trim();
    return organizations.findAll().stream()
        .filter(o -> o.id().equals(wanted) || o.name().equals(wanted) || o.shortName().equals(wanted))
        .findFirst();
  }

  public List<Organization> organizations() {
    return organizations.findAll();
  }

  /** The organizations the committee holds talks with, in their order. */
  public List<Organization> organizations(String committeeId) {
    return organizations.heldBy(committeeId);
  }

  /** The members of the committee's leadership team, in the team's order. */
  public List<String> leadershipMembers(String committeeId) {
    return leadership.members(committeeId).stream().map(LeadershipRepository.Member::userId)
        .toList();
  }

  public Organization organization(String id) {
    return organizations.findById(id)
        .orElseThrow(() -> Problems.single("未找到下级党组织“" + id + "”。"));
  }

  /**
   * The user with this id or whole name (李建国): Camunda keeps the surname in the first name and
   * the given name in the last name ({@link PersonName}); a name found twice finds nobody.
   */
  public Optional<User> findUser(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    String wanted = idOrName.trim();
    User byId = identity.createUserQuery().userId(wanted).singleResult();
    if (byId != null) {
      return Optional.of(byId);
    }
    Map<String, User> byName = new LinkedHashMap<>();
    for (String surname : surnameCandidates(wanted)) {
      identity.createUserQuery().userFirstName(surname).list().stream()
          .filter(u -> PersonName.of(u).equals(wanted))
          .forEach(u -> byName.putIfAbsent(u.getId(), u));
    }
    return byName.size() == 1 ? Optional.of(byName.values().iterator().next()) : Optional.empty();
  }

  /** The first names a user called this may have: its one- and two-character starts, or all of it. */
  private static Set<String> surnameCandidates(String wholeName) {
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(PersonName.split(wholeName).surname());
    for (int length = 1; length <= 2 && length < wholeName.length(); length++) {
      candidates.add(wholeName.substring(0, length));
    }
    candidates.add(wholeName);
    return candidates;
  }

  /** A person's name as people read it (李建国); the id when the person is unknown. */
  public String userName(String userId) {
    if (userId == null) {
      return "";
    }
    KnownName known = names.get(userId);
    if (known != null && known.until() - System.nanoTime() > 0) {
      return known.name();
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = PersonName.of(user);
    names.put(userId, new KnownName(name, System.nanoTime() + NAME_NANOS));
    return name;
  }

  /** Someone was renamed, added or removed: names are read afresh. */
  @EventListener(IdentityChanged.class)
  public void forgetNames() {
    names.clear();
  }

  public String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null ? groupId : group.getName();
  }

  /**
   * A unit's name as a committee's talks name it: the name of the committee's group for the role
   * (纪委监委 of 青山县委 is 青山县纪委监委); a group id that is no role, or no committee, by its own
   * name.
   */
  public String unitName(String committeeId, String role) {
    if (committeeId != null && Roles.GROUPS.containsKey(role)) {
      try {
        return groupName(committeeGroups.group(committeeId, role));
      } catch (IllegalStateException noSuchGroup) {
        return groupName(role);
      }
    }
    return groupName(role);
  }

  /** Members of a unit as select options for a form: label is the name, value the user id. */
  public List<Map<String, String>> memberOptions(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(u -> Map.of("label", PersonName.of(u), "value", u.getId()))
        .toList();
  }

  /** The person's role in the leadership team of the committee (article 7: who may talk). */
  public Optional<LeadershipRole> leadershipRole(String committeeId, String userId) {
    return leadership.roleOf(committeeId, userId);
  }

  /**
   * The other members of the organization's own leadership team (article 11: the talkee informs
   * them of his measures on first-responsibility duties), the top leader excluded; in their order.
   */
  public List<String> talkeeTeam(String organizationId) {
    String topLeader = organizations.findById(organizationId).map(Organization::topLeaderId).orElse(null);
    return teams.memberIds(organizationId).stream().filter(id -> !id.equals(topLeader)).toList();
  }
}

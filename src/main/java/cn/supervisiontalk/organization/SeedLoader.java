package cn.supervisiontalk.organization;

import java.io.IOException;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.CommitteeGroups;
import java.util.List;
import java.util.function.UnaryOperator;
import cn.supervisiontalk.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo organization from seeds/ on first start: the first committee with its leadership
 * team, staff and lower organizations (their own leadership teams too), then every further
 * committee listed under {@code committees} (each with its groups, tenant, leadership, staff,
 * organizations and term), every person as a Camunda user in the groups of their roles. Once
 * loaded, the app keeps the data; a restart leaves it as it is.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "supervision-talk.seeds.enabled", havingValue = "true")
public class SeedLoader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);

  private final IdentityService identity;
  private final OrganizationRepository organizations;
  private final LeadershipRepository leadership;
  private final TeamRepository teams;
  private final CommitteeNaming naming;
  private final CommitteeGroups groups;
  private final CommitteeTermRepository terms;
  private final Deadlines deadlines;
  private final Resource location;
  private final String demoPassword;

  public SeedLoader(IdentityService identity, OrganizationRepository organizations,
      LeadershipRepository leadership, TeamRepository teams, CommitteeNaming naming,
      CommitteeGroups groups, CommitteeTermRepository terms, Deadlines deadlines,
      @Value("${supervision-talk.seeds.location}") Resource location,
      @Value("${supervision-talk.seeds.demo-password}") String demoPassword) {
    this.identity = identity;
    this.organizations = organizations;
    this.leadership = leadership;
    this.teams = teams;
    this.naming = naming;
    this.groups = groups;
    this.terms = terms;
    this.deadlines = deadlines;
    this.location = location;
    this.demoPassword = demoPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (!organizations.isEmpty()) {
      LOG.info("组织数据已存在,跳过演示数据载入");
      return;
    }
    SeedFile seeds = SeedFile.read(location);
    String committee = seeds.committee() == null || seeds.committee().id() == null
        ? TermBootstrap.DEFAULT_ID : seeds.committee().id();
    seeds.groups().forEach(g -> group(g.id(), g.name()));
    int order = 0;
    for (SeedFile.LeaderSeed leader : seeds.leadership()) {
      user(leader.id(), leader.name(), List.of(Roles.LEADERSHIP));
      leadership.insert(committee, leader.id(), leader.role(), leader.title(), order++);
    }
    for (SeedFile.StaffSeed staff : seeds.staff()) {
      user(staff.id(), staff.name(), staff.groups());
    }
    organizations(committee, seeds.organizations(), 0, role -> role);
    identity.createMembership("admin", "processOwner");
    if (!seeds.otherCommittees().isEmpty()) {
      // the committees below are attached to the first, which is named here (TermBootstrap
      // records its term)
      SeedFile.Committee first = seeds.committee();
      naming.name(committee, first.name(), first.shortName(), first.kind(), null);
    }
    int count = seeds.organizations().size();
    for (SeedFile.CommitteeSeed other : seeds.otherCommittees()) {
      count += committee(other, count);
    }
    LOG.info("已载入演示组织 {}: {} 个党委(党组),{} 个下级党组织", seeds.committee().name(),
        1 + seeds.otherCommittees().size(), count);
  }

  /** A further committee with its groups, people, organizations and term; its organizations. */
  private int committee(SeedFile.CommitteeSeed seed, int sortFrom) {
    naming.create(seed.id(), seed.name(), seed.shortName(), seed.kind(), seed.upper(), null);
    UnaryOperator<String> groupOf = role -> groups.group(seed.id(), role);
    if (seed.groups() != null) {
      seed.groups().forEach((role, name) -> rename(groupOf.apply(role), name));
    }
    int order = 0;
    for (SeedFile.LeaderSeed leader : list(seed.leadership())) {
      user(leader.id(), leader.name(), List.of(groupOf.apply(Roles.LEADERSHIP)));
      leadership.insert(seed.id(), leader.id(), leader.role(), leader.title(), order++);
    }
    for (SeedFile.StaffSeed staff : list(seed.staff())) {
      user(staff.id(), staff.name(), staff.groups().stream().map(groupOf).toList());
    }
    if (seed.term() != null) {
      terms.insert(seed.id(), seed.term().name(), seed.term().start(), seed.term().end(), "初始数据",
          null, deadlines.now());
    }
    organizations(seed.id(), list(seed.organizations()), sortFrom, groupOf);
    return list(seed.organizations()).size();
  }

  /** The committee's lower organizations, their top leaders (talkees) and their own teams. */
  private void organizations(String committee, List<SeedFile.OrganizationSeed> seeds, int sortFrom,
      UnaryOperator<String> groupOf) {
    int order = sortFrom;
    for (SeedFile.OrganizationSeed org : seeds) {
      SeedFile.PersonSeed leader = org.topLeader();
      user(leader.id(), leader.name(), List.of(groupOf.apply(Roles.TALKEE)));
      organizations.insert(new Organization(org.id(), org.name(), org.shortName(), org.kind(),
          leader.id(), org.term().start(), org.term().end(), org.dispatchedGroup(), committee),
          order++);
      int position = 0;
      for (SeedFile.PersonSeed member : org.teamMembers()) {
        // the organization's own team (article 11), not the committee's leadership
        user(member.id(), member.name(), List.of(groupOf.apply(Roles.TALKEE_TEAM)));
        teams.insert(org.id(), member.id(), member.title(), position++);
      }
    }
  }

  private static <T> List<T> list(List<T> listed) {
    return listed == null ? List.of() : listed;
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }

  /** A committee's group named as the seeds name it (青山县纪委监委). */
  private void rename(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group != null && name != null && !name.isBlank()) {
      group.setName(name.trim());
      identity.saveGroup(group);
    }
  }

  /**
   * A person as a Camunda user: the name split into surname and given name ({@link PersonName}).
   * The title (市委书记 …) is not part of the name: the leadership and team tables keep the titles
   * the application uses, the seeds file keeps the staff's.
   */
  private void user(String id, String name, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      PersonName.split(name).writeTo(user);
      user.setEmail(id + "@jiangzhou.example");
      user.setPassword(demoPassword);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }
}

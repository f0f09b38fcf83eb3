package cn.supervisiontalk.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The demo organization adopters edit (seeds/organization.yaml) is valid for the application: it
 * parses into {@link SeedFile}, {@link SeedLoader} loads it, and it holds together in the ways the
 * loader and the process models rely on. The tests themselves run on their own copy
 * (src/test/resources/fixture/organization.yaml), which is checked here the same way.
 */
class DemoSeedsTest {

  /** Camunda's default whitelist for user and group ids (generalResourceWhitelistPattern). */
  private static final Pattern CAMUNDA_ID = Pattern.compile("[a-zA-Z0-9]+");

  /** The groups the loader puts people into by itself. */
  private static final List<String> LOADER_GROUPS =
      List.of(Roles.LEADERSHIP, Roles.TALKEE, Roles.TALKEE_TEAM, Roles.PROCESS_OWNER);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"seeds/organization.yaml", "src/test/resources/fixture/organization.yaml"})
  void seedsHoldTogether(String path) throws IOException {
    SeedFile seeds = read(new FileSystemResource(path));

    assertThat(seeds.committee()).as("committee").isNotNull();
    assertThat(seeds.committee().name()).as("committee.name").isNotBlank();
    assertThat(seeds.committee().shortName()).as("committee.shortName").isNotBlank();
    assertThat(seeds.groups()).as("groups").isNotNull();
    assertThat(seeds.leadership()).as("leadership").isNotEmpty();
    assertThat(seeds.staff()).as("staff").isNotNull();
    assertThat(seeds.organizations()).as("organizations").isNotEmpty();

    // groups: known role ids (the models assign tasks by them), each once
    List<String> groupIds = seeds.groups().stream().map(SeedFile.GroupSeed::id).toList();
    assertThat(groupIds).as("group ids").doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(Roles.GROUPS.containsKey(id) || Roles.ADMINISTRATORS.containsKey(id))
            .as("known role %s", id).isTrue())
        .containsAll(LOADER_GROUPS);
    seeds.groups().forEach(g -> assertThat(g.name()).as("name of group %s", g.id()).isNotBlank());

    // people: leadership, staff and top leaders are Camunda users, each id once
    List<String> personIds = new ArrayList<>();
    for (SeedFile.LeaderSeed leader : seeds.leadership()) {
      personIds.add(leader.id());
      assertThat(leader.name()).as("name of %s", leader.id()).isNotBlank();
      assertThat(leader.role()).as("role of %s", leader.id()).isNotNull();
    }
    assertThat(seeds.leadership()).as("leadership with role SECRETARY")
        .filteredOn(l -> l.role() == LeadershipRole.SECRETARY).hasSize(1);
    for (SeedFile.StaffSeed staff : seeds.staff()) {
      personIds.add(staff.id());
      assertThat(staff.name()).as("name of %s", staff.id()).isNotBlank();
      assertThat(staff.groups()).as("groups of %s", staff.id()).isNotEmpty()
          .allSatisfy(g -> assertThat(groupIds).as("groups listed for %s", staff.id()).contains(g));
    }
    assertThat(membersOf(seeds, Roles.OFFICE)).as("staff of the office").isNotEmpty();

    // organizations: each with its top leader and a term that ends after it starts
    List<String> orgIds = new ArrayList<>();
    for (SeedFile.OrganizationSeed org : seeds.organizations()) {
      orgIds.add(org.id());
      assertThat(org.id()).as("organization id").isNotBlank();
      assertThat(org.name()).as("name of %s", org.id()).isNotBlank();
      assertThat(org.shortName()).as("shortName of %s", org.id()).isNotBlank();
      assertThat(org.kind()).as("kind of %s", org.id()).isNotNull();
      assertThat(org.topLeader()).as("topLeader of %s", org.id()).isNotNull();
      assertThat(org.topLeader().name()).as("name of the top leader of %s", org.id()).isNotBlank();
      personIds.add(org.topLeader().id());
      assertThat(org.term()).as("term of %s", org.id()).isNotNull();
      assertThat(org.term().start()).as("term start of %s", org.id()).isNotNull();
      assertThat(org.term().end()).as("term end of %s", org.id()).isNotNull()
          .isAfter(org.term().start());
      // the organization's own leadership team (article 11): a few people, not its top leader
      assertThat(org.teamMembers()).as("team of %s", org.id()).isNotEmpty();
      for (SeedFile.PersonSeed member : org.teamMembers()) {
        personIds.add(member.id());
        assertThat(member.id()).as("id of a team member of %s", org.id()).isNotBlank()
            .isNotEqualTo(org.topLeader().id());
        assertThat(member.name()).as("name of %s", member.id()).isNotBlank();
        assertThat(member.title()).as("title of %s", member.id()).isNotBlank();
      }
      if (org.dispatchedGroup()) {
        assertThat(Stream.concat(membersOf(seeds, "dispatchedGroup"), seeds.otherCommittees()
                .stream().flatMap(c -> list(c.staff()).stream())
                .filter(st -> st.groups().contains("dispatchedGroup")).map(SeedFile.StaffSeed::id)))
            .as("staff of a dispatched group (%s has one)", org.id()).isNotEmpty();
      }
    }
    assertThat(personIds).as("person ids (leadership, staff, top leaders, their teams)").doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).as("person id").matches(CAMUNDA_ID));
    Set<String> committeeIds = new HashSet<>(Set.of(seeds.committee().id()));
    for (SeedFile.CommitteeSeed other : seeds.otherCommittees()) {
      otherCommitteeHoldsTogether(other, committeeIds, orgIds);
      committeeIds.add(other.id());
    }
    assertThat(orgIds).as("organization ids").doesNotHaveDuplicates();

    // the committee as the application records it on first start: its id and names pass the
    // checks of PUT /api/committee
    CommitteeRepository committees = mock(CommitteeRepository.class);
    when(committees.all()).thenReturn(List.of());
    SeedFile.Committee committee = seeds.committee();
    CommitteeRepository.CommitteeRecord named = new CommitteeNaming(committees,
        mock(Committee.class), mock(Deadlines.class), mock(CommitteeGroups.class))
        .name(committee.id(), committee.name(), committee.shortName(), committee.kind(), null);
    assertThat(named.id()).as("committee id").isEqualTo(committee.id());
    assertThat(named.name()).as("committee name").isEqualTo(committee.name());
  }

  /** The real loader against mocked storage: it goes through the file and stores what it lists. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"seeds/organization.yaml", "src/test/resources/fixture/organization.yaml"})
  void loaderLoadsThem(String path) throws IOException {
    SeedFile seeds = read(new FileSystemResource(path));
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    OrganizationRepository organizations = mock(OrganizationRepository.class);
    LeadershipRepository leadership = mock(LeadershipRepository.class);
    TeamRepository teams = mock(TeamRepository.class);
    when(organizations.isEmpty()).thenReturn(true);
    CommitteeGroups committeeGroups = mock(CommitteeGroups.class);
    when(committeeGroups.group(anyString(), anyString())).thenAnswer(call -> {
      String role = call.getArgument(1);
      return call.<String>getArgument(0) + Character.toUpperCase(role.charAt(0)) + role.substring(1);
    });

    new SeedLoader(identity, organizations, leadership, teams, mock(CommitteeNaming.class),
        committeeGroups, mock(CommitteeTermRepository.class), mock(Deadlines.class),
        new FileSystemResource(path), "demo").run(new DefaultApplicationArguments());
    List<SeedFile.OrganizationSeed> allOrganizations = new ArrayList<>(seeds.organizations());
    seeds.otherCommittees().forEach(c -> allOrganizations.addAll(list(c.organizations())));

    ArgumentCaptor<Organization> stored = ArgumentCaptor.forClass(Organization.class);
    verify(organizations, times(allOrganizations.size())).insert(stored.capture(), anyInt());
    assertThat(stored.getAllValues()).extracting(Organization::id)
        .containsExactlyElementsOf(allOrganizations.stream().map(SeedFile.OrganizationSeed::id)
            .toList());
    verify(leadership, times(seeds.leadership().size() + seeds.otherCommittees().stream()
        .mapToInt(c -> list(c.leadership()).size()).sum()))
        .insert(anyString(), anyString(), any(), anyString(), anyInt());

    for (SeedFile.OrganizationSeed org : allOrganizations) {
      for (SeedFile.PersonSeed member : org.teamMembers()) {
        verify(teams).insert(eq(org.id()), eq(member.id()), eq(member.title()), anyInt());
        verify(identity, never()).createMembership(member.id(), Roles.LEADERSHIP);
      }
    }

    ArgumentCaptor<String> users = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> groups = ArgumentCaptor.forClass(String.class);
    verify(identity, atLeastOnce()).createMembership(users.capture(), groups.capture());
    Set<String> listed = new HashSet<>(seeds.groups().stream().map(SeedFile.GroupSeed::id).toList());
    // a further committee's people are put into its own groups only
    seeds.otherCommittees().forEach(c -> Roles.GROUPS.keySet().forEach(role ->
        listed.add(committeeGroups.group(c.id(), role))));
    assertThat(groups.getAllValues()).as("groups people are put into").allMatch(listed::contains);
    // the leadershipMember group is the holding committee's leadership, never a lower team's
    Set<String> leaders = new HashSet<>(seeds.leadership().stream().map(SeedFile.LeaderSeed::id).toList());
    for (int i = 0; i < groups.getAllValues().size(); i++) {
      if (groups.getAllValues().get(i).equals(Roles.LEADERSHIP)) {
        assertThat(leaders).as("members of %s", Roles.LEADERSHIP).contains(users.getAllValues().get(i));
      }
    }
  }

  /**
   * A further committee: a new id (lower-case letters and digits, usable in group ids), its names
   * and kind, an upper committee listed before it, its term, names for known roles only, one
   * secretary, staff in known roles with somebody in its office, and organizations of its own.
   */
  private static void otherCommitteeHoldsTogether(SeedFile.CommitteeSeed c, Set<String> before,
      List<String> orgIds) {
    assertThat(c.id()).as("committee id").matches("[a-z][a-z0-9]{0,40}").isNotIn(before);
    assertThat(c.name()).as("name of %s", c.id()).isNotBlank();
    assertThat(c.shortName()).as("shortName of %s", c.id()).isNotBlank();
    assertThat(c.kind()).as("kind of %s", c.id()).isIn("LOCAL_COMMITTEE", "PARTY_GROUP");
    assertThat(c.upper()).as("upper committee of %s, listed before it", c.id()).isIn(before);
    assertThat(c.term()).as("term of %s", c.id()).isNotNull();
    assertThat(c.term().end()).as("term end of %s", c.id()).isAfter(c.term().start());
    if (c.groups() != null) {
      assertThat(c.groups().keySet()).as("roles named for %s", c.id())
          .allSatisfy(role -> assertThat(Roles.GROUPS).containsKey(role));
    }
    assertThat(list(c.leadership())).as("leadership of %s with role SECRETARY", c.id())
        .filteredOn(l -> l.role() == LeadershipRole.SECRETARY).hasSize(1);
    assertThat(list(c.staff())).as("staff of %s", c.id())
        .allSatisfy(st -> assertThat(st.groups()).isNotEmpty()
            .allSatisfy(role -> assertThat(Roles.GROUPS).as("role of %s", st.id()).containsKey(role)))
        .anySatisfy(st -> assertThat(st.groups()).contains(Roles.OFFICE));
    assertThat(list(c.organizations())).as("organizations of %s", c.id()).isNotEmpty()
        .allSatisfy(o -> {
          assertThat(o.topLeader()).as("top leader of %s", o.id()).isNotNull();
          assertThat(o.term().end()).as("term end of %s", o.id()).isAfter(o.term().start());
          orgIds.add(o.id());
        });
  }

  private static <T> List<T> list(List<T> listed) {
    return listed == null ? List.of() : listed;
  }

  /** As {@link SeedLoader} reads the file: YAML, java.time, unknown properties refused. */
  private static SeedFile read(Resource resource) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = resource.getInputStream()) {
      return yaml.readValue(in, SeedFile.class);
    }
  }

  private static Stream<String> membersOf(SeedFile seeds, String group) {
    return seeds.staff().stream().filter(s -> s.groups().contains(group)).map(SeedFile.StaffSeed::id);
  }
}

package cn.supervisiontalk.organization;

import java.time.LocalDate;
import java.util.List;

/** The shape of seeds/organization.yaml. */
public record SeedFile(
    Committee committee,
    List<GroupSeed> groups,
    List<LeaderSeed> leadership,
    List<StaffSeed> staff,
    List<OrganizationSeed> organizations) {

  public record Committee(String name, String shortName) {
  }

  public record GroupSeed(String id, String name) {
  }

  public record LeaderSeed(String id, String name, LeadershipRole role, String title) {
  }

  public record StaffSeed(String id, String name, List<String> groups, String title) {
  }

  public record PersonSeed(String id, String name, String title) {
  }

  public record Term(LocalDate start, LocalDate end) {
  }

  /**
   * A lower organization with its top leader, his term, and the other members of its own
   * leadership team ({@code team}, article 11), the top leader not among them.
   */
  public record OrganizationSeed(String id, String name, String shortName, OrganizationKind kind,
      boolean dispatchedGroup, PersonSeed topLeader, Term term, List<PersonSeed> team) {

    /** The team as listed; empty when the file lists none. */
    public List<PersonSeed> teamMembers() {
      return team == null ? List.of() : team;
    }
  }
}

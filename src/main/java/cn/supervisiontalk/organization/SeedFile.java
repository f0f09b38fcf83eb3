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

  public record OrganizationSeed(String id, String name, String shortName, OrganizationKind kind,
      boolean dispatchedGroup, PersonSeed topLeader, Term term) {
  }
}

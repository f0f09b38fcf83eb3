package cn.supervisiontalk.organization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;

/** The shape of seeds/organization.yaml. */
public record SeedFile(
    Committee committee,
    List<GroupSeed> groups,
    List<LeaderSeed> leadership,
    List<StaffSeed> staff,
    List<OrganizationSeed> organizations,
    List<CommitteeSeed> committees) {

  /** The further holding committees as listed; empty when the file lists none. */
  public List<CommitteeSeed> otherCommittees() {
    return committees == null ? List.of() : committees;
  }

  /** Reads the file; an unknown key is an error, so a misspelt one is not silently ignored. */
  public static SeedFile read(Resource location) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = location.getInputStream()) {
      return yaml.readValue(in, SeedFile.class);
    }
  }

  /**
   * The holding committee: its id (lower-case letters and digits), its names, its kind
   * ({@code LOCAL_COMMITTEE} or {@code PARTY_GROUP}) and its current term (for a 党组, that of the
   * committee that approved it).
   */
  public record Committee(String id, String name, String shortName, String kind,
      CommitteeTermSeed term) {
  }

  /**
   * A further holding committee (article 2: every local committee and 党组 holds talks with the
   * leaders below it): its id, names, kind, the committee above it ({@code upper}, which receives
   * its report and oversees it), its term, the names of its role groups by role
   * ({@code office: 青山县委办公室}), its leadership team, its staff (with their roles there) and
   * the organizations it holds talks with.
   */
  public record CommitteeSeed(String id, String name, String shortName, String kind,
      String upper, CommitteeTermSeed term, Map<String, String> groups,
      List<LeaderSeed> leadership, List<StaffSeed> staff, List<OrganizationSeed> organizations) {
  }

  /** A term of the holding committee, e.g. 第十三届. */
  public record CommitteeTermSeed(String name, LocalDate start, LocalDate end) {
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

package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may call which path of the application's own API. */
class ApiRulesTest {

  private static final ApiUser OFFICE = new ApiUser("office1", List.of(Roles.OFFICE));
  private static final ApiUser TALKEE = new ApiUser("lijianguo", List.of(Roles.TALKEE));
  private static final ApiUser AUDIT = new ApiUser("audit1", List.of("audit", Roles.LEADERSHIP));
  private static final ApiUser ADMIN = new ApiUser("admin", List.of(Roles.ADMIN));
  private static final ApiUser NO_GROUP = new ApiUser("nobody", List.of());

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/archives",
      "GET, /api/archives/talk-1",
      "HEAD, /api/archives/talk-1/text",
      "GET, /api/organizations",
      "GET, /api/organizations/xiling/terms",
      "GET, /api/copies",
      "GET, /api/copies/talk-1",
      "GET, /api/committee",
      "GET, /api/committee/terms"})
  void anyoneSignedInMayReadArchivesCopiesOrganizationsAndTheCommittee(String method, String path) {
    assertThat(ApiRules.allows(method, path, TALKEE)).isTrue();
    assertThat(ApiRules.allows(method, path, NO_GROUP)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "POST, /api/archives/talk-1",
      "DELETE, /api/archives/talk-1",
      "PUT, /api/organizations/xiling",
      "POST, /api/organizations",
      "POST, /api/committee/terms",
      "POST, /api/copies/talk-1"})
  void readOnlyRulesDoNotOpenChangesToOthersThanTheOffice(String method, String path) {
    assertThat(ApiRules.allows(method, path, TALKEE)).isFalse();
    assertThat(ApiRules.allows(method, path, OFFICE)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/reports",
      "GET, /api/reports/2027",
      "POST, /api/plans",
      "GET, /api/plans/2027",
      "GET, /api/coverage"})
  void officePathsAreForTheOfficeOnly(String method, String path) {
    assertThat(ApiRules.allows(method, path, OFFICE)).isTrue();
    assertThat(ApiRules.allows(method, path, TALKEE)).isFalse();
    assertThat(ApiRules.allows(method, path, AUDIT)).isFalse();
  }

  @Test
  void pathNotListedIsForTheOfficeOnly() {
    assertThat(ApiRules.allows("GET", "/api/something-new", OFFICE)).isTrue();
    assertThat(ApiRules.allows("GET", "/api/something-new", TALKEE)).isFalse();
    assertThat(ApiRules.allows("GET", "/api/something-new", NO_GROUP)).isFalse();
  }

  @Test
  void prefixMatchesWholePathSegmentsOnly() {
    // "/api/archivesExport" is not under "/api/archives"
    assertThat(ApiRules.allows("GET", "/api/archivesExport", TALKEE)).isFalse();
    assertThat(ApiRules.allows("GET", "/api/organizationsAll", TALKEE)).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/trail",
      "GET, /api/trail.csv",
      "GET, /api/trail/verification"})
  void theAccessTrailIsTheAuditorsAloneNotEvenTheAdministrators(String method, String path) {
    ApiUser auditor = new ApiUser("auditor1", List.of(Roles.AUDITOR));
    assertThat(ApiRules.allows(method, path, auditor)).isTrue();
    assertThat(ApiRules.allows(method, path, ADMIN)).isFalse();
    assertThat(ApiRules.allows(method, path, OFFICE)).isFalse();
    assertThat(ApiRules.allows(method, path, NO_GROUP)).isFalse();
    assertThat(ApiRules.allows("GET", "/api/trailers", ADMIN)).as("whole segments only").isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/archives/talk-1",
      "GET, /api/talks/talk-1",
      "GET, /api/tasks/task-1/attachments",
      "GET, /api/ledger",
      "GET, /api/ledger.xlsx",
      "GET, /api/copies",
      "GET, /api/notices",
      "GET, /api/reports",
      "GET, /api/something-new"})
  void theThreeAdministratorsReadNoTalk(String method, String path) {
    for (String role : Roles.ADMINISTRATORS.keySet()) {
      assertThat(ApiRules.allows(method, path, new ApiUser("a1", List.of(role)))).as(role).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/organizations",
      "PUT, /api/organizations/xiling",
      "POST, /api/organizations/xiling/terms",
      "GET, /api/committee",
      "POST, /api/committee/terms"})
  void theSystemAdministratorAdministersOrganizationsAndTheCommittee(String method, String path) {
    assertThat(ApiRules.allows(method, path, new ApiUser("a1", List.of(Roles.SYSTEM_ADMINISTRATOR)))).isTrue();
    assertThat(ApiRules.allows(method, path, new ApiUser("a2", List.of(Roles.AUDITOR)))).isFalse();
    assertThat(ApiRules.allows(method, path, new ApiUser("a3", List.of(Roles.SECURITY_ADMINISTRATOR)))).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/reports",
      "POST, /api/plans/2027/approve",
      "DELETE, /api/archives/talk-1",
      "PUT, /api/something-new"})
  void administratorMayCallEverything(String method, String path) {
    assertThat(ApiRules.allows(method, path, ADMIN)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /api/security/settings",
      "PUT, /api/security/settings"})
  void thePasswordAndSessionRulesAreTheSecurityAdministratorsAlone(String method, String path) {
    ApiUser security = new ApiUser("security1", List.of(Roles.SECURITY_ADMINISTRATOR));
    assertThat(ApiRules.allows(method, path, security)).isTrue();
    assertThat(ApiRules.allows(method, path, ADMIN)).as("not even camunda-admin").isFalse();
    assertThat(ApiRules.allows(method, path, OFFICE)).isFalse();
    assertThat(ApiRules.allows(method, path, new ApiUser("a1", List.of(Roles.SYSTEM_ADMINISTRATOR))))
        .isFalse();
    assertThat(ApiRules.allows("GET", "/api/security/settingsX", security)).isFalse();
  }
}

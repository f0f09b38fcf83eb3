package cn.supervisiontalk.organization;

import java.time.LocalDate;

/** A next-level party organization with its top leader ("一把手") and the current term. */
public record Organization(
    String id,
    String name,
    String shortName,
    OrganizationKind kind,
    String topLeaderId,
    LocalDate termStart,
    LocalDate termEnd,
    boolean hasDispatchedGroup) {
}

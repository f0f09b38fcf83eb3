package cn.supervisiontalk.organization;

import java.time.LocalDate;

/**
 * A next-level party organization with its top leader ("一把手") and the current term, and the
 * committee that holds talks with it (article 7: the committee one level up; the 党组 for a unit
 * below it).
 */
public record Organization(
    String id,
    String name,
    String shortName,
    OrganizationKind kind,
    String topLeaderId,
    LocalDate termStart,
    LocalDate termEnd,
    boolean hasDispatchedGroup,
    String committeeId) {
}

package cn.supervisiontalk.organization;

import java.time.LocalDate;

/**
 * A change of an organization's top leader or term, as the office enters it: the organization (id
 * or name), the leader (user id; a new person also needs a name), the new term and why.
 */
public record TermChange(
    String organization,
    String leaderId,
    String leaderName,
    String leaderTitle,
    LocalDate termStart,
    LocalDate termEnd,
    String reason) {
}

package cn.supervisiontalk.organization;

/** Published when a leader's term is entered in the term history. */
public record TermStarted(LeaderTerm term) {
}

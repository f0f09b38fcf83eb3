package cn.supervisiontalk.organization;

/** Published when a term of the holding committee is recorded. */
public record CommitteeTermStarted(CommitteeTerm term) {
}

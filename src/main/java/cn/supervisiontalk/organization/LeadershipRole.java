package cn.supervisiontalk.organization;

/** A member's place in the committee's leadership team (article 7). */
public enum LeadershipRole {
  SECRETARY,
  DEPUTY_SECRETARY,
  MEMBER
}

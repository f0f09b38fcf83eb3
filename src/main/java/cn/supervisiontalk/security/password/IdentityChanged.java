package cn.supervisiontalk.security.password;

/**
 * Published when a person, a group, a tenant or a membership is saved or deleted (and again when
 * that change commits), so whatever remembers logins forgets them.
 */
public record IdentityChanged() {}

package cn.supervisiontalk.security;

import cn.supervisiontalk.audit.AccessTrailFilter;
import cn.supervisiontalk.security.password.PasswordExpiry;
import cn.supervisiontalk.security.password.PasswordLogins;
import cn.supervisiontalk.security.session.LoginSessions;
import cn.supervisiontalk.security.settings.SecuritySettingsStore;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Nothing is anonymous but the webapps' login page, the health endpoint and the password-change
 * page (/password.html, /api/password: the old password authenticates): /engine-rest/* needs
 * HTTP basic (Camunda's own filter), /api/* HTTP basic or the webapps' login. Both are limited in
 * request size first. Filters are created before the other beans: the engine is looked up lazily,
 * so it is built after the application's own tables (Flyway), as before.
 */
@Configuration
public class SecurityFilters {

  /** The access trail (audit): outside every other filter, so refusals are recorded too. */
  @Bean
  public FilterRegistrationBean<AccessTrailFilter> accessTrailRegistration(AccessTrailFilter filter) {
    FilterRegistrationBean<AccessTrailFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("accessTrail");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(0);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<RequestLimits> requestLimits(
      @Value("${supervision-talk.security.max-request-bytes:1048576}") long maxBytes) {
    FilterRegistrationBean<RequestLimits> registration =
        new FilterRegistrationBean<>(new RequestLimits(maxBytes));
    registration.setName("requestLimits");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
      RecentBasicLogins recentLogins) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
          @Override
          public void init(FilterConfig config) {
            // the provider with the application's remembered logins, not one made by class name
            authenticationProvider = new EngineRestAuthentication(recentLogins);
            servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
          }
        });
    registration.setName("engineRestAuthentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      @Lazy IdentityService identity, CommitteeGroups committeeGroups) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, committeeGroups));
    registration.setName("apiAuthentication");
    registration.addUrlPatterns("/api/*", "/actuator/prometheus");
    registration.setOrder(2);
    return registration;
  }

  /** Camunda's CSRF refusals, shown by the error page and by Tasklist's login, in Chinese. */
  @Bean
  public FilterRegistrationBean<CsrfRefusalMessages> csrfRefusalMessages() {
    FilterRegistrationBean<CsrfRefusalMessages> registration =
        new FilterRegistrationBean<>(new CsrfRefusalMessages());
    registration.setName("csrfRefusalMessages");
    registration.setDispatcherTypes(DispatcherType.ERROR);
    registration.addUrlPatterns("/error");
    return registration;
  }

  /** Session rules (idle timeout, one login per person) before any login is read from a session. */
  @Bean
  public FilterRegistrationBean<SessionRulesFilter> sessionRules(SecuritySettingsStore settings,
      LoginSessions sessions) {
    FilterRegistrationBean<SessionRulesFilter> registration =
        new FilterRegistrationBean<>(new SessionRulesFilter(settings, sessions));
    registration.setName("sessionRules");
    registration.addUrlPatterns("/camunda/*", "/api/*");
    registration.setOrder(1);
    return registration;
  }

  /** A login with an expired password: refused with a pointer to the password-change page. */
  @Bean
  public FilterRegistrationBean<ExpiredPasswordFilter> expiredPasswords(@Lazy PasswordLogins logins,
      PasswordExpiry expiry, RecentBasicLogins recentLogins) {
    FilterRegistrationBean<ExpiredPasswordFilter> registration =
        new FilterRegistrationBean<>(new ExpiredPasswordFilter(logins, expiry, recentLogins));
    registration.setName("expiredPasswords");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/user/*");
    registration.setOrder(1);
    return registration;
  }

  /** Before Camunda's CSRF filter, which logs the person out when it refuses. */
  @Bean
  public FilterRegistrationBean<CsrfKeepsSession> csrfKeepsSession() {
    FilterRegistrationBean<CsrfKeepsSession> registration =
        new FilterRegistrationBean<>(new CsrfKeepsSession());
    registration.setName("csrfKeepsSession");
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<CockpitQueryGuard> cockpitQueryGuard(
      CommitteeGroups committeeGroups) {
    FilterRegistrationBean<CockpitQueryGuard> registration =
        new FilterRegistrationBean<>(new CockpitQueryGuard(committeeGroups));
    registration.setName("cockpitQueryGuard");
    registration.addUrlPatterns("/camunda/api/cockpit/*");
    registration.setOrder(3);
    return registration;
  }
}

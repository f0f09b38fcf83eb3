package cn.supervisiontalk.security;

import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The filters of login throttling and 三员分立: {@link LoginThrottleFilter} before the
 * authentication on the three ways to sign in; {@link AdministratorBoundary} after the authentication of
 * /engine-rest and /api (order 2 in {@link SecurityFilters}).
 */
@Configuration
public class AdministratorFilters {

  @Bean
  public LoginThrottle loginThrottle(
      @Value("${supervision-talk.security.login-throttle.free-attempts:5}") int freeAttempts,
      @Value("${supervision-talk.security.login-throttle.first-delay:30s}") Duration firstDelay,
      @Value("${supervision-talk.security.login-throttle.max-delay:15m}") Duration maxDelay) {
    return new LoginThrottle(freeAttempts, firstDelay, maxDelay, Clock.systemUTC());
  }

  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("loginThrottle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/user/*");
    // inside the access trail (order 0, which records the 429s too), before any authentication
    registration.setOrder(1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<AdministratorBoundary> administratorBoundary(
      @Lazy IdentityService identity, SetupAdministrator setup) {
    FilterRegistrationBean<AdministratorBoundary> registration =
        new FilterRegistrationBean<>(new AdministratorBoundary(identity, setup));
    registration.setName("administratorBoundary");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(3);
    return registration;
  }
}

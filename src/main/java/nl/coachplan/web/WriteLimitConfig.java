package nl.coachplan.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Limits each user's writes through our API and the portal (after Spring Security has said who it is). */
@Configuration
public class WriteLimitConfig {

  @Bean
  public FilterRegistrationBean<WriteLimits> writeLimits(@Value("${coachplan.write-limit.burst:20}") int burst,
      @Value("${coachplan.write-limit.per-minute:20}") int perMinute) {
    FilterRegistrationBean<WriteLimits> registration = new FilterRegistrationBean<>(new WriteLimits(burst, perMinute, System::nanoTime));
    registration.setName("coachplan-write-limits");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/api/*", "/portaal/*");
    return registration;
  }
}

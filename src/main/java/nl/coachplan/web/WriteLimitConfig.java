package nl.coachplan.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits each user's writes through our API and the portal (after Spring Security has said who it is),
 * then lets the writes that pass into the engine a few at a time, in order of arrival.
 */
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

  /** By default twice the processors: enough to keep them and the database busy, few enough to keep order. */
  @Bean
  public FilterRegistrationBean<WriteQueue> writeQueue(
      @Value("${coachplan.write-queue.concurrent:#{T(java.lang.Runtime).getRuntime().availableProcessors() * 2}}") int concurrent,
      @Value("${coachplan.write-queue.wait-seconds:30}") int waitSeconds) {
    FilterRegistrationBean<WriteQueue> registration = new FilterRegistrationBean<>(new WriteQueue(concurrent, waitSeconds * 1000L));
    registration.setName("coachplan-write-queue");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    registration.addUrlPatterns("/api/*", "/portaal/*");
    return registration;
  }
}

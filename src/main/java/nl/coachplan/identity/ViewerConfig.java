package nl.coachplan.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our own pages and API require a viewer; the OpenAPI description and Swagger UI do not. */
@Configuration
public class ViewerConfig {

  @Bean
  public FilterRegistrationBean<ViewerFilter> viewerFilter(ProcessEngine engine) {
    FilterRegistrationBean<ViewerFilter> registration =
        new FilterRegistrationBean<>(new ViewerFilter(engine.getIdentityService(), engine.getName()));
    registration.setName("coachplan-viewer");
    registration.addUrlPatterns("/api/*", "/dashboard", "/dashboard/*", "/cases/*");
    return registration;
  }
}

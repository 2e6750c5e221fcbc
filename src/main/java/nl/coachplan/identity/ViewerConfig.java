package nl.coachplan.identity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our own pages and API see the signed-in user as a {@link Viewer}. */
@Configuration
public class ViewerConfig {

  @Bean
  public FilterRegistrationBean<ViewerFilter> viewerFilter() {
    FilterRegistrationBean<ViewerFilter> registration = new FilterRegistrationBean<>(new ViewerFilter());
    registration.setName("coachplan-viewer");
    registration.addUrlPatterns("/api/*", "/dashboard", "/dashboard/*", "/cases/*", "/portaal", "/portaal/*", "/organisaties",
        "/organisaties/*");
    return registration;
  }
}

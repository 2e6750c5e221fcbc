package nl.coachplan.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest}: HTTP Basic against Camunda's identity, and our form rules answered as
 * 400 problem+json instead of the engine's 500.
 */
@Configuration
public class EngineRestConfig {

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(InvalidFormDataMapper.Rest.class);
        register(InvalidFormDataMapper.Engine.class);
        register(InvalidFormDataMapper.Known.class);
        register(InvalidFormDataMapper.Unreadable.class);
        register(InvalidFormDataMapper.JsonParse.class);
        register(InvalidFormDataMapper.JsonMapping.class);
      }
    };
  }

  /** The webapps' unpaged lists get the first page the engine's limit allows (WebappPages). */
  @Bean
  public FilterRegistrationBean<WebappPages> webappPages(
      @org.springframework.beans.factory.annotation.Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2147483647}")
      int limit) {
    FilterRegistrationBean<WebappPages> registration = new FilterRegistrationBean<>(new WebappPages(limit));
    registration.setName("coachplan-webapp-pages");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}

package nl.coachplan.engineplugins;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Both engine REST APIs, {@code /engine-rest} and the webapps' own ({@code /camunda/api/engine}, which
 * the Tasklist uses), answer with the same mappers: our form rules as 400 problem+json in Dutch
 * instead of the engine's 500. {@code /engine-rest} also gets HTTP Basic against Camunda's identity.
 */
@Configuration
public class EngineRestConfig {

  /** Our exception mappers and the forms' live copies, registered with both JAX-RS applications. */
  static final Set<Class<?>> MAPPERS = Set.of(
      LiveFormValues.class,
      InvalidFormDataMapper.Rest.class,
      InvalidFormDataMapper.Engine.class,
      InvalidFormDataMapper.Known.class,
      InvalidFormDataMapper.Denied.class,
      InvalidFormDataMapper.Unexpected.class,
      InvalidFormDataMapper.Unreadable.class,
      InvalidFormDataMapper.JsonParse.class,
      InvalidFormDataMapper.JsonMapping.class);

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        MAPPERS.forEach(mapper -> register(mapper));
      }
    };
  }

  /**
   * The webapps' engine API with our mappers. The starter's {@code CamundaBpmWebappInitializer} adds
   * its servlet "Engine Api" only when no servlet of that name exists, and otherwise keeps the one it
   * finds: registered first, under that name and on the same path, ours is the one the Tasklist talks to.
   */
  @Bean
  public ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName("Engine Api");
    registration.addInitParameter("jakarta.ws.rs.Application", WebappEngineApi.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Camunda's application for the webapps' engine API, plus our mappers. */
  public static class WebappEngineApi extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.addAll(MAPPERS);
      return classes;
    }
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

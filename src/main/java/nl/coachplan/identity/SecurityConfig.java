package nl.coachplan.identity;

import nl.coachplan.engineplugins.CamundaIdentityAuthentication;
import nl.coachplan.web.ErrorPages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One sign-in for everything: our Dutch login page (and HTTP Basic for API clients) establishes
 * the user; the Camunda webapps take that user over instead of asking again. {@code /engine-rest}
 * keeps Camunda's own HTTP Basic filter.
 */
@Configuration
public class SecurityConfig {

  /** Our own pages get a strict Content-Security-Policy; the Camunda webapps send their own. */
  private static final RequestMatcher OUR_PAGES = new OrRequestMatcher(new AntPathRequestMatcher("/dashboard/**"),
      new AntPathRequestMatcher("/cases/**"), new AntPathRequestMatcher("/login"),
      new AntPathRequestMatcher("/portaal/**"), new AntPathRequestMatcher("/organisaties/**"), new AntPathRequestMatcher("/error"),
      new AntPathRequestMatcher("/wijken"), new AntPathRequestMatcher("/wijken/**"));

  @Bean
  public SecurityFilterChain security(HttpSecurity http, ProcessEngine engine) throws Exception {
    http
        .authenticationProvider(new CamundaIdentityAuthentication(engine))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/login.js", "/coachplan.css", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers("/engine-rest/**").permitAll()
            // Each wijk's aanbod, for GPs and residents: public and read only.
            .requestMatchers(HttpMethod.GET, "/wijken", "/wijken/*").permitAll()
            // Metrics and the API docs tell how the municipality works: staff only (health's status stays public).
            .requestMatchers("/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
            .hasAnyAuthority(BasicWithoutSession.STAFF)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").successHandler(new Landing(engine.getFilterService())).failureHandler(SecurityConfig::signInFailed))
        .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthorized(response, e)))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor((request, response, e) -> unauthorized(response),
            new OrRequestMatcher(new AntPathRequestMatcher("/api/**"), request -> request.getHeader("Authorization") != null)))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/logout", "POST"),
                new AntPathRequestMatcher("/camunda/api/admin/auth/user/**/logout", "POST")))
            .logoutSuccessUrl("/login?afgemeld"))
        // HTTP Basic neither makes nor uses a session; CSRF for every request with the session cookie (BasicWithoutSession).
        .securityContext(context -> context.securityContextRepository(BasicWithoutSession.contexts()))
        .csrf(csrf -> csrf.csrfTokenRepository(BasicWithoutSession.csrfTokens()).ignoringRequestMatchers(BasicWithoutSession.withoutCsrf()))
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OUR_PAGES, new StaticHeadersWriter("Content-Security-Policy", ErrorPages.PAGE_CSP))));
    return http.build();
  }

  private static void unauthorized(HttpServletResponse response) throws java.io.IOException {
    unauthorized(response, null);
  }

  /** 401 for API clients; while a user must wait after failed sign-ins, how long (and {@code Retry-After}). */
  private static void unauthorized(HttpServletResponse response, org.springframework.security.core.AuthenticationException e)
      throws java.io.IOException {
    String detail = "Meld u aan met uw gebruikersnaam en wachtwoord van Coachplan.";
    if (e instanceof CamundaIdentityAuthentication.LoginDelayed delayed) {
      detail = e.getMessage();
      response.setHeader("Retry-After", String.valueOf(delayed.seconds()));
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Coachplan\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Niet aangemeld\",\"status\":401,"
        + "\"detail\":\"" + detail + "\",\"message\":\"" + detail + "\"}");
  }

  /** The login page says why: a wrong name or password, or how many seconds the user must still wait. */
  private static void signInFailed(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
      org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
    response.sendRedirect(request.getContextPath() + (e instanceof CamundaIdentityAuthentication.LoginDelayed delayed
        ? "/login?wacht=" + delayed.seconds() : "/login?fout"));
  }

  /** Only staff reach the engine, and only through its forms unless they administer it (after Spring Security has run). */
  @Bean
  public FilterRegistrationBean<EngineGate> engineGate(AccessPolicy policy, nl.coachplan.forms.FormSchemas forms,
      nl.coachplan.engine.AsCaller asCaller, ProcessEngine engine) {
    FilterRegistrationBean<EngineGate> registration = new FilterRegistrationBean<>(
        new EngineGate(policy, forms, asCaller, engine.getTaskService(), engine.getRepositoryService()));
    registration.setName("coachplan-engine-gate");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/*");
    return registration;
  }

  /** The Camunda webapps trust the signed-in user (after Spring Security has run). */
  @Bean
  public FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsTrustTheSignIn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    registration.addUrlPatterns("/camunda/*");
    return registration;
  }
}

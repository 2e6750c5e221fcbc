package nl.coachplan.identity;

import nl.coachplan.engineplugins.CamundaIdentityAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic is for API clients: a request that brings its credentials neither makes a session nor
 * rides on one (a wrong password is wrong whatever cookie comes along). And only a request that
 * carries no session cookie may skip the CSRF check: the cookie is what a forged request rides on.
 */
final class BasicWithoutSession {

  private BasicWithoutSession() {}

  static boolean hasCredentials(HttpServletRequest request) {
    return request.getHeader("Authorization") != null;
  }

  static boolean carriesSession(HttpServletRequest request) {
    return request.getRequestedSessionId() != null;
  }

  /** Where the security context lives: in the request for HTTP Basic, else in the session as usual. */
  static SecurityContextRepository contexts() {
    SecurityContextRepository request = new RequestAttributeSecurityContextRepository();
    SecurityContextRepository usual = new DelegatingSecurityContextRepository(request, new HttpSessionSecurityContextRepository());
    return new SecurityContextRepository() {
      private SecurityContextRepository of(HttpServletRequest r) {
        return hasCredentials(r) ? request : usual;
      }

      @Override
      @SuppressWarnings("deprecation")
      public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return of(holder.getRequest()).loadContext(holder);
      }

      @Override
      public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(HttpServletRequest r) {
        return of(r).loadDeferredContext(r);
      }

      @Override
      public void saveContext(SecurityContext context, HttpServletRequest r, HttpServletResponse response) {
        of(r).saveContext(context, r, response);
      }

      @Override
      public boolean containsContext(HttpServletRequest r) {
        return of(r).containsContext(r);
      }
    };
  }

  /** CSRF tokens in the session, but none stored for an HTTP Basic request without one (a page it renders would make a session). */
  static CsrfTokenRepository csrfTokens() {
    HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    return new CsrfTokenRepository() {
      @Override
      public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
      }

      @Override
      public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (!hasCredentials(request) || carriesSession(request)) {
          session.saveToken(token, request, response);
        }
      }

      @Override
      public CsrfToken loadToken(HttpServletRequest request) {
        return session.loadToken(request);
      }
    };
  }

  /**
   * Requests that may skip the CSRF check: without a session cookie, an API client's HTTP Basic and
   * {@code /engine-rest} (which takes only HTTP Basic). The webapps ({@code /camunda}) check their own.
   */
  static RequestMatcher withoutCsrf() {
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/camunda/")) {
        return true;
      }
      return !carriesSession(request) && (hasCredentials(request) || path.startsWith("/engine-rest/"));
    };
  }

  /** The municipality's staff, as Spring Security's authorities: the health details, metrics and API docs are theirs. */
  static final String[] STAFF = {CamundaIdentityAuthentication.GROUP_PREFIX + nl.coachplan.engine.CurrentUser.COORDINATOR,
      CamundaIdentityAuthentication.GROUP_PREFIX + nl.coachplan.engine.CurrentUser.POLICY_OFFICER,
      CamundaIdentityAuthentication.GROUP_PREFIX + nl.coachplan.engine.CurrentUser.MANAGER,
      CamundaIdentityAuthentication.GROUP_PREFIX + nl.coachplan.engine.CurrentUser.ADMIN};
}

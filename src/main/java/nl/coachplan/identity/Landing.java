package nl.coachplan.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.coachplan.organisation.Organisation;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in lands: organisations and the wijkteam work in the portal, so they go to
 * {@code /portaal} (or to the portal page they asked for, e.g. a task from a mail); staff go
 * where they went before: the page they asked for, else {@code /}.
 */
class Landing extends SavedRequestAwareAuthenticationSuccessHandler {

  static final String PORTAL = "/portaal";
  static final String WIJKTEAM = "wijkteam";

  private final RequestCache requests = new HttpSessionRequestCache();

  Landing() {
    setDefaultTargetUrl("/");
    setRequestCache(requests);
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
      throws ServletException, IOException {
    if (portalOnly(signedIn)) {
      SavedRequest asked = requests.getRequest(request, response);
      String askedPath = asked == null ? null : java.net.URI.create(asked.getRedirectUrl()).getPath();
      if (askedPath == null || !(askedPath.startsWith(request.getContextPath() + PORTAL)
          || askedPath.startsWith(request.getContextPath() + "/cases/"))) {
        requests.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, PORTAL);
        return;
      }
    }
    super.onAuthenticationSuccess(request, response, signedIn);
  }

  /** Only organisation groups and the wijkteam: nobody of the municipality's staff. */
  static boolean portalOnly(Authentication signedIn) {
    List<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthentication.GROUP_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthentication.GROUP_PREFIX.length())).toList();
    return !groups.isEmpty() && groups.stream().allMatch(g -> g.startsWith(Organisation.GROUP_PREFIX) || WIJKTEAM.equals(g));
  }
}

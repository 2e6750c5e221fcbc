package nl.coachplan.identity;

import nl.coachplan.engineplugins.CamundaIdentityAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Hands our pages and API the signed-in user and its Camunda groups (Spring Security has checked who it is). */
public class ViewerFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn.getName() == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    request.setAttribute(Viewer.ATTRIBUTE, viewerOf(signedIn));
    chain.doFilter(request, response);
  }

  /** The signed-in user with its Camunda groups. */
  static Viewer viewerOf(Authentication signedIn) {
    List<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthentication.GROUP_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthentication.GROUP_PREFIX.length())).toList();
    return new Viewer(signedIn.getName(), groups);
  }
}

package nl.coachplan.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the viewer of our pages and API: the user signed in to the Camunda webapps (same session,
 * so no second login after the Tasklist or Cockpit), or HTTP Basic against Camunda's identity for
 * API clients. Without either: 401, in Dutch.
 */
public class ViewerFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final String engineName;

  public ViewerFilter(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Viewer> viewer = fromSession(request).or(() -> fromBasic(request));
    if (viewer.isEmpty()) {
      refuse(request, response);
      return;
    }
    request.setAttribute(Viewer.ATTRIBUTE, viewer.get());
    chain.doFilter(request, response);
  }

  private Optional<Viewer> fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null
        && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return Optional.of(new Viewer(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
    }
    return Optional.empty();
  }

  private Optional<Viewer> fromBasic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return Optional.of(new Viewer(userId, groups));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Coachplan\", charset=\"UTF-8\"");
    response.setCharacterEncoding("UTF-8");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Niet aangemeld\",\"status\":401,"
          + "\"detail\":\"Meld u aan met uw gebruikersnaam en wachtwoord van Coachplan.\"}");
    } else {
      response.setContentType("text/html");
      response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Aanmelden</title></head>"
          + "<body><h1>Niet aangemeld</h1><p>Meld u eerst aan in de <a href=\"" + request.getContextPath()
          + "/camunda/app/welcome/default/#!/login\">Coachplan-omgeving</a> en open deze pagina daarna opnieuw.</p></body></html>");
    }
  }
}

package nl.coachplan.identity;

import nl.coachplan.engineplugins.CamundaIdentityAuthentication;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.organisation.Organisation;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in lands. A page the user asked for comes first (a task from a mail, a case file),
 * with the part after {@code #} that the login page hands on as {@code hash}: browsers never send
 * it, and the webapps keep their routes there. Otherwise each on its own work: organisations and
 * the wijkteam in the portal, the coordinator and the policy officer in the Tasklist on their
 * filter, the manager on the dashboard, the administrator in Cockpit.
 */
class Landing extends SavedRequestAwareAuthenticationSuccessHandler {

  static final String PORTAL = "/portaal";
  static final String WIJKTEAM = "wijkteam";
  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String DASHBOARD = "/dashboard";
  /** A webapp route such as {@code #/?task=<id>&filter=<id>}: nothing that could end the fragment or the header. */
  private static final Pattern ROUTE = Pattern.compile("#/[A-Za-z0-9/?&=%._~:,+-]{0,500}");
  /** Asking for these is no wish to go anywhere in particular. */
  private static final Set<String> NO_PAGE = Set.of("", "/", "/camunda", "/camunda/", "/camunda/app", "/camunda/app/",
      "/favicon.ico", "/error");

  private final RequestCache requests = new HttpSessionRequestCache();
  private final FilterService filters;

  Landing(FilterService filters) {
    this.filters = filters;
    setDefaultTargetUrl("/");
    setRequestCache(requests);
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
      throws ServletException, IOException {
    SavedRequest asked = requests.getRequest(request, response);
    String askedPath = asked == null ? null : URI.create(asked.getRedirectUrl()).getPath();
    if (askedPath != null && askedPath.startsWith(request.getContextPath())) {
      askedPath = askedPath.substring(request.getContextPath().length());
    }
    requests.removeRequest(request, response);
    clearAuthenticationAttributes(request);
    String target;
    if (portalOnly(signedIn)) {
      target = askedPath != null && (askedPath.startsWith(PORTAL) || askedPath.startsWith("/cases/")) ? withQuery(askedPath, asked) : PORTAL;
    } else if (askedPath != null && !NO_PAGE.contains(askedPath) && !askedPath.startsWith("/camunda/app/welcome/")) {
      target = withQuery(askedPath, asked) + route(request, askedPath);
    } else {
      target = workOf(groups(signedIn));
    }
    getRedirectStrategy().sendRedirect(request, response, target);
  }

  /** The page asked for with its query, without Spring Security's {@code continue} marker. */
  private static String withQuery(String path, SavedRequest asked) {
    String query = URI.create(asked.getRedirectUrl()).getRawQuery();
    if (query == null) {
      return path;
    }
    String kept = String.join("&", Arrays.stream(query.split("&")).filter(p -> !p.equals("continue") && !p.startsWith("continue=")).toList());
    return kept.isEmpty() ? path : path + "?" + kept;
  }

  /** The webapps' route the login page carried along; only for the webapps, and only a well-formed one. */
  private static String route(HttpServletRequest request, String path) {
    String hash = request.getParameter("hash");
    return hash != null && path.startsWith("/camunda/app/") && ROUTE.matcher(hash).matches() ? hash : "";
  }

  private String workOf(List<String> groups) {
    if (groups.contains(CurrentUser.COORDINATOR)) {
      return tasklistFilter("Coördinator");
    }
    if (groups.contains(CurrentUser.POLICY_OFFICER)) {
      return tasklistFilter("Beleid");
    }
    if (groups.contains(CurrentUser.MANAGER)) {
      return DASHBOARD;
    }
    if (groups.contains(CurrentUser.ADMIN)) {
      return COCKPIT;
    }
    return "/";
  }

  private String tasklistFilter(String name) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    return filter == null ? TASKLIST : TASKLIST + "#/?filter=" + filter.getId();
  }

  private static List<String> groups(Authentication signedIn) {
    return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthentication.GROUP_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthentication.GROUP_PREFIX.length())).toList();
  }

  /** Only organisation groups and the wijkteam: nobody of the municipality's staff. */
  static boolean portalOnly(Authentication signedIn) {
    List<String> groups = groups(signedIn);
    return !groups.isEmpty() && groups.stream().allMatch(g -> g.startsWith(Organisation.GROUP_PREFIX) || WIJKTEAM.equals(g));
  }
}

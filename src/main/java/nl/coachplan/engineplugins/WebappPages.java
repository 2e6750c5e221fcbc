package nl.coachplan.engineplugins;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps ask a few lists without a page (Cockpit: a definition's versions), which the engine's
 * limit on query results (queryMaxResultsLimit) refuses for a signed-in user. Their engine API
 * ({@code /camunda/api/engine}) gets the first page of the limit's size instead; {@code /engine-rest}
 * clients are told to ask a page.
 */
public class WebappPages extends OncePerRequestFilter {

  private static final Pattern HAS_MAX_RESULTS = Pattern.compile("(^|&)maxResults=");

  private final int limit;

  public WebappPages(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (limit == Integer.MAX_VALUE || (query != null && HAS_MAX_RESULTS.matcher(query).find())) {
      chain.doFilter(request, response);
      return;
    }
    String paged = (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + limit;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return paged;
      }

      @Override
      public String getParameter(String name) {
        return "maxResults".equals(name) ? String.valueOf(limit) : super.getParameter(name);
      }
    }, response);
  }
}

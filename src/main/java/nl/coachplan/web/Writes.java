package nl.coachplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/** What the write limits and the write queue share: which requests write, and how a write is turned away. */
final class Writes {

  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  private Writes() {}

  static boolean isWrite(HttpServletRequest request) {
    return METHODS.contains(request.getMethod());
  }

  /** Not carried out: Dutch problem+json on the API, plain text on the portal, with when to try again. */
  static void turnAway(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
      long retryAfterSeconds) throws IOException {
    response.setStatus(status);
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    response.setCharacterEncoding("UTF-8");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
          + detail + "\",\"message\":\"" + detail + "\"}");
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(detail);
    }
  }
}

package nl.coachplan.web;

import nl.coachplan.validation.NotFound;
import nl.coachplan.validation.Forbidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The staff pages' failures (dashboard, case file) as the Dutch error page, with our own message
 * where we have one ("Er is geen plan P-1999-999 …"). The portal has its own (portal.PortalErrors),
 * the API answers problem+json (ApiProblems).
 */
@ControllerAdvice(annotations = StaffPage.class)
public class PageErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(Exception.class)
  public String failure(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFound missing) {
        return show(404, missing.getMessage(), request, response, model);
      }
      if (cause instanceof Forbidden refused) {
        return show(403, refused.getMessage(), request, response, model);
      }
      if (cause instanceof nl.coachplan.validation.AlreadyExists exists) {
        return show(409, exists.getMessage(), request, response, model);
      }
    }
    LOG.error("Page {} failed", request.getRequestURI(), e);
    return show(500, null, request, response, model);
  }

  private static String show(int status, String text, HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(status);
    return ErrorPages.page(model, ErrorPages.explain(status, text), request.getUserPrincipal() != null);
  }
}

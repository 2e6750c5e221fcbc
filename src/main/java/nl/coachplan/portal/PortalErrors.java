package nl.coachplan.portal;

import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The portal's failures as a Dutch page with a way back: never a stack trace, class name or engine code. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
public class PortalErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PortalErrors.class);

  /** The signed-in user, for the header of every portal page. */
  @org.springframework.web.bind.annotation.ModelAttribute("viewer")
  public nl.coachplan.identity.Viewer viewer(jakarta.servlet.http.HttpServletRequest request) {
    return (nl.coachplan.identity.Viewer) request.getAttribute(nl.coachplan.identity.Viewer.ATTRIBUTE);
  }

  static String message(Model model, String title, String text) {
    model.addAttribute("title", title);
    model.addAttribute("text", text);
    return "portal/message";
  }

  static String taskGone(Model model) {
    return message(model, "Deze taak is al afgerond",
        "Deze taak staat niet meer voor u open: hij is intussen afgerond, door u in een ander venster of door een collega.");
  }

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound(NotFound e, Model model) {
    return message(model, "Niet gevonden", "Dit bestaat niet, of het is niet voor uw organisatie bestemd.");
  }

  @ExceptionHandler(Forbidden.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  public String forbidden(Forbidden e, Model model) {
    return message(model, "Niet toegestaan", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  public String failure(Exception e, Model model, jakarta.servlet.http.HttpServletResponse response) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof Forbidden refused) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return forbidden(refused, model);
      }
      if (cause instanceof NotFound missing) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return notFound(missing, model);
      }
    }
    LOG.error("Portal page failed", e);
    return message(model, "Er ging iets mis", "Er ging iets mis bij het verwerken. Wat u invulde is niet opgeslagen; "
        + "probeer het over een paar minuten opnieuw. Blijft het misgaan, neem dan contact op met de gemeente.");
  }
}

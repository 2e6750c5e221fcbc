package nl.coachplan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the container (unknown page, refused by the security filters, an
 * unhandled failure) in Dutch: a page in our layout for a browser, problem+json for the API and
 * other clients. Replaces Spring's Whitelabel page; never shows a stack trace, class or engine code.
 */
@Controller
public class ErrorPages implements ErrorController {

  /** Our pages' Content-Security-Policy: our stylesheet, our one script and nothing else. */
  public static final String PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      + "object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

  /** Our pages' errors that were handled before the container, with a message for a person. */
  public static final String MESSAGE = "nl.coachplan.web.ErrorPages.message";

  public record Explanation(int status, String title, String text) {}

  /** A page for a browser on our pages; problem+json for the API, the engine's REST API and every other client. */
  @RequestMapping("/error")
  public Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
    Explanation explanation = explain(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String text ? text.substring(request.getContextPath().length()) : "";
    String accept = request.getHeader("Accept");
    boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    if (browser && !path.startsWith("/api/") && !path.startsWith("/engine-rest/")) {
      response.setStatus(explanation.status());
      // The security headers were written for the address asked for, which may lie outside our pages.
      response.setHeader("Content-Security-Policy", PAGE_CSP);
      return new org.springframework.web.servlet.ModelAndView(page(model, explanation, request.getUserPrincipal() != null),
          model.asMap(), HttpStatus.valueOf(explanation.status()));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(explanation.status()), explanation.text());
    problem.setTitle(explanation.title());
    problem.setType(URI.create("about:blank"));
    problem.setProperty("message", explanation.text());
    return ResponseEntity.status(explanation.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** The error template with its explanation (also used by {@link PageErrors} for errors our pages handle themselves). */
  static String page(Model model, Explanation explanation, boolean signedIn) {
    model.addAttribute("status", explanation.status());
    model.addAttribute("title", explanation.title());
    model.addAttribute("text", explanation.text());
    model.addAttribute("signedIn", signedIn);
    return "error";
  }

  private static Explanation explain(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 500;
    // Only our own texts, which name nothing internal: the container's messages may (class names, engine codes).
    Object ours = request.getAttribute(MESSAGE);
    return explain(status, ours instanceof String text ? text : null);
  }

  public static Explanation explain(int status, String text) {
    return switch (status) {
      case 400 -> new Explanation(400, "Ongeldig verzoek", text != null ? text : "Het verzoek klopt niet; controleer het adres of de gegevens.");
      case 401 -> new Explanation(401, "Niet aangemeld", text != null ? text : "Meld u aan met uw gebruikersnaam en wachtwoord van Coachplan.");
      case 403 -> new Explanation(403, "Geen toegang", text != null ? text : "U mag deze pagina niet zien of dit niet doen met uw rol of organisatie.");
      case 404 -> new Explanation(404, "Niet gevonden", text != null ? text : "Deze pagina bestaat niet, of u mag haar niet inzien. Controleer het adres.");
      case 405 -> new Explanation(405, "Niet toegestaan", text != null ? text : "Dit adres kan niet op deze manier worden gebruikt.");
      default -> status >= 500
          ? new Explanation(status, "Er ging iets mis", "Er ging iets mis bij het verwerken. Probeer het over een paar minuten opnieuw; "
              + "blijft het misgaan, neem dan contact op met de beheerder van Coachplan.")
          : new Explanation(status, "Dit lukte niet", text != null ? text : "Het verzoek kon niet worden verwerkt.");
    };
  }
}

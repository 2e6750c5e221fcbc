package nl.coachplan.engineplugins;

import nl.coachplan.web.Failures;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.Forbidden;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Both engine REST APIs ({@code /engine-rest} and the Tasklist's {@code /camunda/api/engine}) answer
 * every refusal as RFC 9457 problem details in Dutch (plus {@code message}, which the Tasklist shows):
 * a broken form rule 400 with its violations, two people changing the same thing at once 409, an
 * unknown id 404, a malformed request 400 or 415, anything else 500 without the engine's internals.
 * Each mapper replaces Camunda's or Jackson's own for the same type (priority 1 wins a tie).
 */
public final class InvalidFormDataMapper {

  private static final Logger LOG = LoggerFactory.getLogger(InvalidFormDataMapper.class);
  private static final String INVALID_REQUEST =
      "Het verzoek is ongeldig: controleer de velden, hun type (getal, tekst, datum, lijst) en hun waarden.";
  private static final String NOT_JSON = "De gegevens zijn geen geldige JSON; controleer het verzoek.";

  private InvalidFormDataMapper() {}

  static Response problem(int status, String title, String detail, String technical, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (technical != null) {
      body.put("technicalDetail", technical);
    }
    body.putAll(extra);
    return Response.status(status).type("application/problem+json").entity(body).build();
  }

  /** The engine's queryMaxResultsLimit refused a query for too many results (or for all of them). */
  static Response tooManyResults(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (cause instanceof org.camunda.bpm.engine.BadUserRequestException && message != null
          && (message.startsWith("Max results limit of") || message.startsWith("An unbound number of results"))) {
        String limit = message.replaceAll("\\D+", "");
        String detail = "Vraag hoogstens " + (limit.isEmpty() ? "2000" : limit) + " resultaten tegelijk op: geef maxResults mee "
            + "(en firstResult voor de volgende pagina).";
        return problem(400, "Te veel resultaten", detail, message, Map.of());
      }
    }
    return null;
  }

  /** A refusal, a form rule, a race or too many results, or null when the failure is none of these. */
  static Response known(Throwable error) {
    Response tooMany = tooManyResults(error);
    if (tooMany != null) {
      return tooMany;
    }
    Forbidden refused = Failures.forbidden(error);
    if (refused != null) {
      return problem(403, "Geen toegang", refused.getMessage(), null, Map.of());
    }
    InvalidFormDataException invalid = Failures.invalidForm(error);
    if (invalid != null) {
      return problem(400, "Ongeldige invoer", invalid.getMessage(), null, Map.of("errors", Failures.errors(invalid)));
    }
    String conflict = Failures.conflict(error);
    return conflict == null ? null : problem(409, "Tegelijk gewijzigd", conflict, null, Map.of());
  }

  /**
   * A request on a task that someone else completed while it ran. On PostgreSQL (read committed) the
   * loser may read the winner's new process state half-way and fail on it, e.g. on a variable the
   * winner's path needs, before Camunda's optimistic lock would have refused it: the task being
   * finished now is what tells the race. Null if the request was not about a task or the task is open.
   */
  static Response taskCompletedMeanwhile(UriInfo uri) {
    List<PathSegment> all = uri.getPathSegments();
    // /engine-rest/task/{id}/complete, or the webapps' /engine/default/task/{id}/complete
    List<PathSegment> path = all.size() < 3 ? all : all.subList(all.size() - 3, all.size());
    if (path.size() != 3 || !path.get(0).getPath().equals("task")
        || !List.of("complete", "submit-form", "resolve").contains(path.get(2).getPath())) {
      return null;
    }
    String taskId = path.get(1).getPath();
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication(); // the fact, whoever may see the task's history
    try {
      boolean finished = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
      return finished ? problem(409, "Tegelijk gewijzigd", Failures.COMPLETED_MESSAGE, null, Map.of()) : null;
    } finally {
      if (caller != null) {
        engine.getIdentityService().setAuthentication(caller);
      }
    }
  }

  @Priority(1)
  public static class Rest implements ExtendedExceptionMapper<RestException> {
    @Context private UriInfo uri;

    @Override
    public boolean isMappable(RestException exception) {
      return true;
    }

    @Override
    public Response toResponse(RestException exception) {
      Response known = known(exception);
      if (known != null) {
        return known;
      }
      Response raceLost = taskCompletedMeanwhile(uri);
      if (raceLost != null) {
        return raceLost;
      }
      int status = exception.getStatus() == null ? 500 : exception.getStatus().getStatusCode();
      if (status == 404 || Failures.missing(exception)) {
        return problem(404, "Niet gevonden", "Niet gevonden: controleer de id of sleutel in het verzoek.", exception.getMessage(), Map.of());
      }
      if (status < 500) {
        return problem(status, "Ongeldig verzoek", INVALID_REQUEST, exception.getMessage(), Map.of());
      }
      return unexpected(exception);
    }
  }

  /**
   * The engine's own failures that reach us unwrapped. Camunda's handler would answer them with the
   * exception's class name and its English message (ENGINE-…): ours keeps the status and says it in Dutch.
   */
  @Priority(1)
  public static class Engine implements ExtendedExceptionMapper<ProcessEngineException> {
    @Context private UriInfo uri;

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return true;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response known = known(exception);
      if (known != null) {
        return known;
      }
      Response raceLost = taskCompletedMeanwhile(uri);
      if (raceLost != null) {
        return raceLost;
      }
      if (exception instanceof org.camunda.bpm.engine.AuthorizationException) {
        return problem(403, "Geen toegang", "U hebt geen rechten voor deze bewerking.", null, Map.of());
      }
      if (Failures.missing(exception)) {
        return problem(404, "Niet gevonden", "Niet gevonden: controleer de id of sleutel in het verzoek.", null, Map.of());
      }
      if (exception instanceof org.camunda.bpm.engine.BadUserRequestException
          || exception instanceof org.camunda.bpm.engine.ParseException) {
        return problem(400, "Ongeldig verzoek", INVALID_REQUEST, null, Map.of());
      }
      return unexpected(exception);
    }
  }

  /** Camunda answers its authorization refusals with a mapper of their own type: this one takes its place. */
  @Priority(1)
  public static class Denied implements ExtendedExceptionMapper<org.camunda.bpm.engine.AuthorizationException> {
    @Override
    public boolean isMappable(org.camunda.bpm.engine.AuthorizationException exception) {
      return true;
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.AuthorizationException exception) {
      return problem(403, "Geen toegang", "U hebt geen rechten voor deze bewerking.", null, Map.of());
    }
  }

  /** Anything else that is not an HTTP answer already (Jersey's own 404 and 405 stay as they are). */
  @Priority(1)
  public static class Unexpected implements ExtendedExceptionMapper<Throwable> {
    @Override
    public boolean isMappable(Throwable exception) {
      return !(exception instanceof WebApplicationException);
    }

    @Override
    public Response toResponse(Throwable exception) {
      Response known = known(exception);
      return known != null ? known : unexpected(exception);
    }
  }

  static Response unexpected(Throwable exception) {
    LOG.error("engine REST answered 500: {}", Failures.types(exception), exception);
    return problem(500, "Interne fout", "Er ging iets mis bij het verwerken van het verzoek; probeer het later opnieuw.", null, Map.of());
  }

  /**
   * Our own refusals thrown straight through the engine: a form rule ({@code InvalidFormDataException})
   * or who the caller is ({@code Forbidden}), and anything else whose cause is one of them. Jersey
   * prefers the closest type, so {@link Rest} and {@link Engine} keep theirs.
   */
  @Priority(1)
  public static class Known implements ExtendedExceptionMapper<RuntimeException> {
    @Override
    public boolean isMappable(RuntimeException exception) {
      return known(exception) != null;
    }

    @Override
    public Response toResponse(RuntimeException exception) {
      return known(exception);
    }
  }

  public static class JsonParse implements ExtendedExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
    @Override
    public boolean isMappable(com.fasterxml.jackson.core.JsonParseException exception) {
      return true;
    }

    @Override
    public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
      return problem(400, "Ongeldig verzoek", NOT_JSON, exception.getOriginalMessage(), Map.of());
    }
  }

  @Priority(1)
  public static class JsonMapping implements ExtendedExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
    @Override
    public boolean isMappable(com.fasterxml.jackson.databind.JsonMappingException exception) {
      return true;
    }

    @Override
    public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
      return problem(400, "Ongeldig verzoek", "De gegevens hebben niet de verwachte vorm; controleer het verzoek.",
          exception.getOriginalMessage(), Map.of());
    }
  }

  /** Jersey's own refusals of a body it cannot read (400) or of a type it does not take (415). */
  @Priority(1)
  public static class Unreadable implements ExtendedExceptionMapper<WebApplicationException> {
    @Override
    public boolean isMappable(WebApplicationException exception) {
      int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
      return status == 400 || status == 415;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
      return exception.getResponse().getStatus() == 415
          ? problem(415, "Verkeerd formaat", "Stuur de gegevens als application/json.", null, Map.of())
          : problem(400, "Ongeldig verzoek", NOT_JSON, exception.getMessage(), Map.of());
    }
  }
}

package nl.coachplan.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The engine wraps exceptions from listeners and its REST resources turn most of them into a 500.
 * Where the cause is a broken form rule, these mappers answer 400 with the Dutch messages instead,
 * and where two people changed the same thing at once, 409
 * (RFC 9457 problem details, plus {@code message} which the Tasklist shows).
 */
public final class InvalidFormDataMapper {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InvalidFormDataMapper.class);

  private InvalidFormDataMapper() {}

  /** The exception types of a failure, for the log (their messages may hold case data). */
  static String chain(Throwable error) {
    StringBuilder types = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      types.append(types.isEmpty() ? "" : " <- ").append(t.getClass().getName());
    }
    return types.toString();
  }

  static InvalidFormDataException cause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof InvalidFormDataException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** Serialization failure, deadlock, H2's concurrent update, lock timeout. */
  private static final java.util.Set<String> CONCURRENT_STATES = java.util.Set.of("40001", "40P01", "90131", "HYT00");

  /** Two people acting on the same task or case at once: the loser learns why, and nothing of its change stays. */
  static String conflict(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException) {
        return "Iemand anders heeft deze taak net opgepakt. Vernieuw de lijst en kies een andere taak.";
      }
      if (t instanceof org.camunda.bpm.engine.OptimisticLockingException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException
          || t instanceof org.hibernate.StaleStateException
          || t instanceof org.springframework.dao.ConcurrencyFailureException
          || (t instanceof java.sql.SQLException sql && CONCURRENT_STATES.contains(sql.getSQLState()))) {
        return "Iemand anders heeft dit tegelijk met u gewijzigd; uw wijziging is niet opgeslagen. Vernieuw en probeer het opnieuw.";
      }
    }
    return null;
  }

  /** The engine's way of saying an id does not exist. */
  static boolean missing(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.exception.NullValueException || t instanceof org.camunda.bpm.engine.exception.NotFoundException) {
        return true;
      }
    }
    return false;
  }

  static boolean ours(Throwable error) {
    return cause(error) != null || conflict(error) != null;
  }

  static Response respond(Throwable error) {
    InvalidFormDataException invalid = cause(error);
    if (invalid != null) {
      return problem(invalid);
    }
    String conflict = conflict(error);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", "Tegelijk gewijzigd");
    body.put("status", 409);
    body.put("detail", conflict);
    body.put("message", conflict);
    return Response.status(Response.Status.CONFLICT).type("application/problem+json").entity(body).build();
  }

  static Response problem(InvalidFormDataException invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", "Ongeldige invoer");
    body.put("status", 400);
    body.put("detail", invalid.getMessage());
    body.put("message", invalid.getMessage());
    List<Map<String, String>> errors = invalid.getViolations().stream()
        .map(v -> Map.of("field", v.field(), "message", v.message())).toList();
    body.put("errors", errors);
    return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json").entity(body).build();
  }

  /** Preferred over Camunda's own mapper of the same type (lower priority value wins a tie). */
  @Priority(1)
  public static class Rest implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException exception) {
      return true;
    }

    @Override
    public Response toResponse(RestException exception) {
      if (ours(exception)) {
        return respond(exception);
      }
      if (missing(exception)) {
        return generic(404, "Niet gevonden", "Niet gevonden: controleer de id of sleutel in het verzoek.", exception.getMessage());
      }
      int status = exception.getStatus() == null ? 500 : exception.getStatus().getStatusCode();
      if (status < 500) {
        return generic(status, "Ongeldig verzoek",
            "Het verzoek is ongeldig: controleer de velden, hun type (getal, tekst, datum, lijst) en hun waarden.", exception.getMessage());
      }
      LOG.warn("engine-rest answered 500: {}", chain(exception));
      return generic(500, "Interne fout", "Er ging iets mis bij het verwerken van het verzoek; probeer het later opnieuw.", null);
    }
  }

  @Priority(1)
  public static class Engine implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return ours(exception);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return respond(exception);
    }
  }

  public static class Plain implements ExtendedExceptionMapper<InvalidFormDataException> {
    @Override
    public boolean isMappable(InvalidFormDataException exception) {
      return true;
    }

    @Override
    public Response toResponse(InvalidFormDataException exception) {
      return problem(exception);
    }
  }

  static Response generic(int status, String title, String detail, String technical) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (technical != null) {
      body.put("technicalDetail", technical);
    }
    return Response.status(status).type("application/problem+json").entity(body).build();
  }

  /** The engine's own refusals of a request (wrong types, unknown ids): the same status, in Dutch. */
  @Priority(1)
  public static class Request implements ExtendedExceptionMapper<org.camunda.bpm.engine.rest.exception.InvalidRequestException> {
    @Override
    public boolean isMappable(org.camunda.bpm.engine.rest.exception.InvalidRequestException exception) {
      return !ours(exception) && exception.getStatus() != null && exception.getStatus().getStatusCode() < 500;
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.rest.exception.InvalidRequestException exception) {
      int status = exception.getStatus().getStatusCode();
      String detail = status == 404 ? "Niet gevonden: controleer de id of sleutel in het verzoek."
          : "Het verzoek is ongeldig: controleer de velden, hun type (getal, tekst, datum, lijst) en hun waarden.";
      return generic(status, status == 404 ? "Niet gevonden" : "Ongeldig verzoek", detail, exception.getMessage());
    }
  }

  /** JSON that cannot be read at all. */
  @Priority(1)
  public static class Json implements ExtendedExceptionMapper<com.fasterxml.jackson.core.JsonProcessingException> {
    @Override
    public boolean isMappable(com.fasterxml.jackson.core.JsonProcessingException exception) {
      return true;
    }

    @Override
    public Response toResponse(com.fasterxml.jackson.core.JsonProcessingException exception) {
      return generic(400, "Ongeldig verzoek", "De gegevens zijn geen geldige JSON; controleer het verzoek.", exception.getOriginalMessage());
    }
  }

  /** Replace Jackson's own plain-text answers for the same types (the closest type wins, then priority). */
  @Priority(1)
  public static class JsonParse implements ExtendedExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
    @Override
    public boolean isMappable(com.fasterxml.jackson.core.JsonParseException exception) {
      return true;
    }

    @Override
    public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
      return generic(400, "Ongeldig verzoek", "De gegevens zijn geen geldige JSON; controleer het verzoek.", exception.getOriginalMessage());
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
      return generic(400, "Ongeldig verzoek", "De gegevens hebben niet de verwachte vorm; controleer het verzoek.", exception.getOriginalMessage());
    }
  }

  /** Jersey's own refusal of an unreadable body. */
  @Priority(1)
  public static class Unreadable implements ExtendedExceptionMapper<jakarta.ws.rs.WebApplicationException> {
    @Override
    public boolean isMappable(jakarta.ws.rs.WebApplicationException exception) {
      int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
      return status == 400 || status == 415;
    }

    @Override
    public Response toResponse(jakarta.ws.rs.WebApplicationException exception) {
      return exception.getResponse().getStatus() == 415
          ? generic(415, "Verkeerd formaat", "Stuur de gegevens als application/json.", null)
          : generic(400, "Ongeldig verzoek", "De gegevens zijn geen geldige JSON; controleer het verzoek.", exception.getMessage());
    }
  }

  /** A body that is not JSON. */
  @Priority(1)
  public static class MediaType implements ExtendedExceptionMapper<jakarta.ws.rs.NotSupportedException> {
    @Override
    public boolean isMappable(jakarta.ws.rs.NotSupportedException exception) {
      return true;
    }

    @Override
    public Response toResponse(jakarta.ws.rs.NotSupportedException exception) {
      return generic(415, "Verkeerd formaat", "Stuur de gegevens als application/json.", null);
    }
  }
}

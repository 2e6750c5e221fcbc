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

  private InvalidFormDataMapper() {}

  static InvalidFormDataException cause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof InvalidFormDataException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** Two people acting on the same task or case at once: the loser learns why, and nothing of its change stays. */
  static String conflict(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException) {
        return "Iemand anders heeft deze taak net opgepakt. Vernieuw de lijst en kies een andere taak.";
      }
      if (t instanceof org.camunda.bpm.engine.OptimisticLockingException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof org.springframework.dao.OptimisticLockingFailureException) {
        return "Iemand anders heeft dit tegelijk met u gewijzigd; uw wijziging is niet opgeslagen. Vernieuw en probeer het opnieuw.";
      }
    }
    return null;
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
      return ours(exception);
    }

    @Override
    public Response toResponse(RestException exception) {
      return respond(exception);
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
}

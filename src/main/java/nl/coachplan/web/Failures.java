package nl.coachplan.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.Forbidden;

/**
 * What went wrong, read from an exception's causes: a broken form rule, two people changing the
 * same thing at once, or an id that does not exist. One reading for {@code /engine-rest} and our API.
 */
public final class Failures {

  private Failures() {}

  public static final String CONFLICT_MESSAGE =
      "Iemand anders heeft dit tegelijk met u gewijzigd; uw wijziging is niet opgeslagen. Vernieuw en probeer het opnieuw.";
  public static final String COMPLETED_MESSAGE =
      "Deze taak is intussen door iemand anders afgerond of is vervallen; uw invoer is niet opgeslagen. Vernieuw de lijst.";
  public static final String CLAIMED_MESSAGE = "Iemand anders heeft deze taak net opgepakt. Vernieuw de lijst en kies een andere taak.";

  /** Serialization failure, deadlock, H2's concurrent update, lock timeout. */
  private static final Set<String> CONCURRENT_STATES = Set.of("40001", "40P01", "90131", "HYT00");

  /** The refusal (who may do this) that caused this failure, or null. */
  public static Forbidden forbidden(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof Forbidden refused) {
        return refused;
      }
    }
    return null;
  }

  public static InvalidFormDataException invalidForm(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof InvalidFormDataException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** The Dutch message when the loser of a race on a task or case caused this failure; else null. */
  public static String conflict(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException) {
        return CLAIMED_MESSAGE;
      }
      if (t instanceof org.camunda.bpm.engine.OptimisticLockingException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException
          || t instanceof org.hibernate.StaleStateException
          || t instanceof org.springframework.dao.ConcurrencyFailureException
          || (t instanceof java.sql.SQLException sql && CONCURRENT_STATES.contains(sql.getSQLState()))) {
        return CONFLICT_MESSAGE;
      }
    }
    return null;
  }

  /** The engine's way of saying an id does not exist. */
  public static boolean missing(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.exception.NullValueException
          || t instanceof org.camunda.bpm.engine.exception.NotFoundException) {
        return true;
      }
    }
    return false;
  }

  /** The exception types of a failure, for the log (their messages may hold case data). */
  public static String types(Throwable error) {
    StringBuilder types = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      types.append(types.isEmpty() ? "" : " <- ").append(t.getClass().getName());
    }
    return types.toString();
  }

  /** The broken rules as {@code errors} of a problem document. */
  public static List<Map<String, String>> errors(InvalidFormDataException invalid) {
    return invalid.getViolations().stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
  }
}

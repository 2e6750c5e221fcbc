package nl.coachplan.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Form data that breaks a rule of the aanpak. Thrown inside the engine's transaction, so the
 * whole step rolls back; the HTTP layers answer it with a 400 and the Dutch messages.
 */
public class InvalidFormDataException extends RuntimeException {

  private final transient List<Violation> violations;

  public InvalidFormDataException(List<Violation> violations) {
    super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
    this.violations = List.copyOf(violations);
  }

  public static InvalidFormDataException of(String field, String message) {
    return new InvalidFormDataException(List.of(new Violation(field, message)));
  }

  public List<Violation> getViolations() {
    return violations;
  }

  /** One refused value: the variable (or path inside it) and what is wrong, in Dutch. */
  public record Violation(String field, String message) {}
}

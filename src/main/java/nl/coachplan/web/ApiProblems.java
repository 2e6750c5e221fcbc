package nl.coachplan.web;

import nl.coachplan.validation.AlreadyExists;
import nl.coachplan.validation.NotFound;
import nl.coachplan.validation.Forbidden;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of our API as RFC 9457 problem+json with a message a person understands, in Dutch. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, Map<String, Object> extra) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("message", detail);
    extra.forEach(problem::setProperty);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage(), Map.of());
  }

  @ExceptionHandler(Forbidden.class)
  ResponseEntity<ProblemDetail> forbidden(Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage(), Map.of());
  }

  @ExceptionHandler(AlreadyExists.class)
  ResponseEntity<ProblemDetail> exists(AlreadyExists e) {
    return problem(HttpStatus.CONFLICT, "Bestaat al", e.getMessage(),
        Map.of("errors", List.of(Map.of("field", e.field(), "message", e.getMessage()))));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> notAuthorized(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, "Geen toegang", "U mag dit niet doen met uw rol of organisatie.", Map.of());
  }

  /** Form rules broken or a race lost, possibly wrapped by the engine that ran the step (read as engine-rest reads them). */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> other(RuntimeException e) {
    InvalidFormDataException invalid = Failures.invalidForm(e);
    if (invalid != null) {
      return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", invalid.getMessage(), Map.of("errors", Failures.errors(invalid)));
    }
    String conflict = Failures.conflict(e);
    if (conflict != null) {
      return problem(HttpStatus.CONFLICT, "Tegelijk gewijzigd", conflict, Map.of());
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException denied) {
        return notAuthorized(denied);
      }
    }
    throw e;
  }

  @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> parameters(org.springframework.web.method.annotation.HandlerMethodValidationException e) {
    String detail = String.join(" ", e.getAllErrors().stream().map(error -> error.getDefaultMessage()).toList());
    return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", detail, Map.of());
  }

  @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraints(jakarta.validation.ConstraintViolationException e) {
    String detail = String.join(" ", e.getConstraintViolations().stream().map(v -> v.getMessage()).sorted().toList());
    return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", detail, Map.of());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    String detail = "De gegevens zijn geen geldige JSON of hebben een verkeerd type; controleer het verzoek.";
    if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
      detail = "Onbekend veld '" + unknown.getPropertyName() + "'; controleer het verzoek.";
    } else if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()
        && !(e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException)) {
      String field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + (r.getIndex() + 1) + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("?");
      detail = "Ongeldige waarde voor '" + field + "'; controleer het type (getal, tekst, lijst of datum).";
    }
    return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", detail, Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    // (Also covers a missing Content-Type.)
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Verkeerd formaat", "Stuur de gegevens als application/json.", Map.of());
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ProblemDetail> parameter(Exception e) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
        : ((MissingServletRequestParameterException) e).getParameterName();
    return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", "De parameter '" + name + "' ontbreekt of heeft een ongeldige waarde.",
        Map.of());
  }
}

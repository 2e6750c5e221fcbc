package nl.coachplan.validation;

/** Something the viewer may not see or do: 403. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class Forbidden extends RuntimeException {

  public Forbidden(String message) {
    super(message);
  }
}

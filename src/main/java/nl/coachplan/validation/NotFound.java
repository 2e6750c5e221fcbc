package nl.coachplan.validation;

/** Something that does not exist, or that the viewer may not know exists: 404. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}

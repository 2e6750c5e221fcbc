package nl.coachplan.validation;

/** Something to be made that is already there (an organisation's short name, a user id): 409, at its field. */
public class AlreadyExists extends RuntimeException {

  private final String field;

  public AlreadyExists(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

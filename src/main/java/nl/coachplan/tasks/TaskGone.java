package nl.coachplan.tasks;

/** The task was completed or cancelled meanwhile: 409. */
public class TaskGone extends RuntimeException {

  public TaskGone() {
    super("Deze taak is intussen afgerond of vervallen; uw invoer is niet opgeslagen. Vernieuw de lijst.");
  }
}

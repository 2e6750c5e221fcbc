package nl.coachplan.engine;

/**
 * A display copy that other cases change while a task is open, such as what is left of the round's
 * fte. Its task-local copy is made when the task is, like the others ({@link FormDisplay}); it is
 * computed again whenever the form is read ({@link LiveCopies}), so a form shows it as it is now.
 */
public interface LiveCopy {

  /** The variable's name, as the forms show it: {@code {{name}}}. */
  String name();

  /** Its text now for the case of this business key, or null to leave the copy as it is. */
  String current(String businessKey);
}

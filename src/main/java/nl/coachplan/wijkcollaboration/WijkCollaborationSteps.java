package nl.coachplan.wijkcollaboration;

import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.organisation.Wijk;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The steps of the {@code wijk-collaboration} process, called by expression from its BPMN. */
@Component("wijkCollaboration")
public class WijkCollaborationSteps {

  private final WijkCollaborations collaborations;
  private final WijkFigures figures;
  private final CurrentUser currentUser;

  public WijkCollaborationSteps(WijkCollaborations collaborations, WijkFigures figures, CurrentUser currentUser) {
    this.collaborations = collaborations;
    this.figures = figures;
    this.currentUser = currentUser;
  }

  /** The wijk's figures on the coordinator's form, to look back on together. */
  public void showWijk(DelegateTask task) {
    Wijk wijk = collaborations.wijk(task.getExecution().getProcessBusinessKey());
    WijkFigures.Figures now = figures.of(wijk.getCode());
    task.setVariableLocal(ProcessVariables.WIJK_SUMMARY, "**" + Markdown.escape(wijk.label()) + "**\n\n"
        + "- Activiteiten in het aanbod: " + now.activities() + "\n"
        + "- Verwijzingen: " + now.referrals() + ", waarvan gestart: " + now.started() + "\n"
        + "- Verwijzingen met terugkoppeling van de aanbieder: " + now.feedbackGiven() + "\n\n"
        + "[Cijfers van de wijk](/api/v1/wijken/" + wijk.getCode() + "/figures) · [Aanbod van de wijk](/wijken/" + wijk.getCode() + ")");
  }

  /** Records the look back of the year; the timer then waits for next year's day. */
  public void evaluated(DelegateTask task) {
    var execution = task.getExecution();
    // The year of the look back is the year its task fell due, not a variable a form could send.
    int year = task.getCreateTime().toInstant().atZone(ProcessValues.ZONE).getYear();
    collaborations.record(execution.getProcessBusinessKey(), year, task.getVariables(), currentUser.id());
    var next = collaborations.evaluationDay().atYear(year + 1);
    execution.setVariable(ProcessVariables.NEXT_EVALUATION_AT, ProcessValues.startOfDay(next));
  }
}

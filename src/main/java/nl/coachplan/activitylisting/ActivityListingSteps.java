package nl.coachplan.activitylisting;

import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code activity-listing} process, called by expression from its BPMN: the
 * coordinator's agreement of the five criteria is read from the form and kept on the activity, which
 * decides the route (never a variable the form could have sent).
 */
@Component("activityListing")
public class ActivityListingSteps {

  private final Activities activities;
  private final FormReader forms;
  private final CurrentUser currentUser;

  public ActivityListingSteps(Activities activities, FormReader forms, CurrentUser currentUser) {
    this.activities = activities;
    this.forms = forms;
    this.currentUser = currentUser;
  }

  public void showActivity(DelegateTask task) {
    task.setVariableLocal(ActivitySummary.NAME, ActivitySummary.markdown(activity(task)));
  }

  public void agreed(DelegateTask task) {
    ActivityForms.Agreement agreement = forms.read(task.getVariables(), ActivityForms.Agreement.class);
    Activity activity = activity(task);
    activity.agree(agreement, currentUser.id(), ProcessValues.now());
    task.getExecution().setVariable(ProcessVariables.ALL_AGREED, activity.allAgreed());
  }

  private Activity activity(DelegateTask task) {
    return activities.requireBusinessKey(task.getExecution().getProcessBusinessKey());
  }
}

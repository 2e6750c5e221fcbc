package nl.coachplan.tasks;

import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.EveryUserTask;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.validation.Forbidden;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every task completion, whichever way it arrives (Tasklist, engine REST, our API), is checked
 * against the case file before the step runs: the caller must be the one the access policy names
 * for this task of this case. Engine rights alone no longer decide who completes a case's task.
 */
@Component
public class TaskCompletionCheck implements EveryUserTask {

  private final TaskCases cases;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;

  public TaskCompletionCheck(@Lazy TaskCases cases, AccessPolicy policy, @Lazy CurrentUser currentUser) {
    this.cases = cases;
    this.policy = policy;
    this.currentUser = currentUser;
  }

  @Override
  public String event() {
    return TaskListener.EVENTNAME_COMPLETE;
  }

  @Override
  public boolean beforeModel() {
    return true;
  }

  @Override
  public void notify(DelegateTask task) {
    check(task);
  }

  void check(DelegateTask task) {
    Viewer caller = Viewer.acting(currentUser);
    if (caller.isApplication()) {
      return;
    }
    if (task.getExecution() == null) {
      // Completed by someone else a moment ago (read committed: we saw the task, not its execution any more).
      throw new org.camunda.bpm.engine.OptimisticLockingException("Task " + task.getId() + " was completed meanwhile");
    }
    Object contributionId = AccessPolicy.roleOf(task.getTaskDefinitionKey()) == AccessPolicy.TaskRole.SPELER
        ? task.getVariable(ProcessVariables.CONTRIBUTION_ID) : null;
    TaskCases.TaskCase taskCase = cases.withinStep(task.getExecution().getProcessBusinessKey(), contributionId);
    if (!policy.mayWork(caller, task.getTaskDefinitionKey(), taskCase.parties(), taskCase.contributionOrganisation())) {
      throw new Forbidden("U mag deze taak niet afronden: ze is niet voor u of uw organisatie.");
    }
  }
}

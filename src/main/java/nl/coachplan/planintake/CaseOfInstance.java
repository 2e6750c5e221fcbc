package nl.coachplan.planintake;

import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The case of a process instance, found from its business key and the case file: every key starts
 * with the plan's reference (plan-intake: the reference itself; a post's hiring and contract years
 * follow it after a slash, see {@code coachhiring/PostKeys}). Never from process variables: whoever
 * may work on an instance or one of its tasks can overwrite those.
 */
@Component("caseOf")
public class CaseOfInstance {

  private final Plans plans;
  private final PlanRepository planRepository;

  public CaseOfInstance(Plans plans, PlanRepository planRepository) {
    this.plans = plans;
    this.planRepository = planRepository;
  }

  /** The plan reference a business key starts with. */
  public static String planReference(String businessKey) {
    if (businessKey == null || businessKey.isBlank()) {
      throw new IllegalStateException("Process instance has no business key");
    }
    int slash = businessKey.indexOf('/');
    return slash < 0 ? businessKey : businessKey.substring(0, slash);
  }

  public Plan plan(DelegateExecution execution) {
    return plans.requireReference(planReference(execution.getProcessBusinessKey()));
  }

  /** The candidate group of the aanvoerder's tasks, by expression from the BPMN. */
  public String aanvoerderGroup(DelegateExecution execution) {
    String reference = planReference(execution.getProcessBusinessKey());
    return planRepository.findAanvoerderSlugByReference(reference)
        .map(slug -> Organisation.GROUP_PREFIX + slug)
        .orElseThrow(() -> new IllegalStateException("Plan " + reference + " bestaat niet"));
  }

  /**
   * The contribution a multi-instance element variable names, refused unless it is one of this
   * instance's plan: a task-local copy of the id can be overwritten through the task.
   */
  public Contribution contribution(DelegateExecution execution, Object contributionId) {
    if (!(contributionId instanceof Number id)) {
      throw new IllegalStateException("Variable " + ProcessVariables.CONTRIBUTION_ID + " is missing");
    }
    Contribution contribution = plans.contribution(id.longValue());
    String reference = planReference(execution.getProcessBusinessKey());
    if (!contribution.getPlan().getReference().equals(reference)) {
      throw new IllegalStateException("Contribution " + id + " is not one of plan " + reference);
    }
    return contribution;
  }

  /** The contribution a speler's (re)confirmation task is about, checked as above. */
  public Contribution contribution(DelegateTask task) {
    return contribution(task.getExecution(), ProcessVariables.number(task, ProcessVariables.CONTRIBUTION_ID));
  }
}

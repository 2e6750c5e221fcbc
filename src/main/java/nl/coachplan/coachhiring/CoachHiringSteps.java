package nl.coachplan.coachhiring;

import java.util.List;
import nl.coachplan.engine.FollowUpProcesses;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.CaseOfInstance;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Plans;
import nl.coachplan.planintake.Post;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code coach-hiring} process, one instance per post of the plan, called by
 * expression from its BPMN (and from {@code plan-intake}'s end, which hands the approved plan over).
 */
@Component("coachHiring")
public class CoachHiringSteps {

  static final String PROCESS_KEY = "coach-hiring";

  private final Hiring hiring;
  private final Plans plans;
  private final FormReader forms;
  private final FollowUpProcesses processes;
  private final ContractYears contractYears;
  private final CaseOfInstance caseOf;

  public CoachHiringSteps(Hiring hiring, Plans plans, FormReader forms, FollowUpProcesses processes, ContractYears contractYears,
      CaseOfInstance caseOf) {
    this.hiring = hiring;
    this.plans = plans;
    this.forms = forms;
    this.processes = processes;
    this.contractYears = contractYears;
    this.caseOf = caseOf;
  }

  /** Called as the plan-intake instance ends approved: each post's hiring starts, in the same transaction. */
  public void start(DelegateExecution execution) {
    Plan plan = caseOf.plan(execution);
    List<Post> posts = plans.posts(plan);
    if (posts.isEmpty()) {
      throw new IllegalStateException("Plan " + plan.getReference() + " has no posts to hire for");
    }
    boolean severalPosts = posts.size() > 1;
    for (Post post : posts) {
      processes.start(PROCESS_KEY, PostKeys.hiring(post, severalPosts), ContractYears.caseVariables(post, severalPosts));
    }
  }

  public void showHiring(DelegateTask task) {
    task.setVariableLocal(HiringSummaryCopy.NAME, HiringSummaryCopy.markdown(plans, hiring, post(task.getExecution())));
  }

  public void vacancyOpened(DelegateTask task) {
    Vacancy vacancy = hiring.openVacancy(post(task.getExecution()), forms.read(task.getVariables(), HiringForms.VacancyForm.class));
    task.getExecution().setVariable(ProcessVariables.CLOSING_DATE_AT, ProcessValues.startOfDay(vacancy.getClosingDate().plusDays(1)));
  }

  public void candidateSelected(DelegateTask task) {
    hiring.select(post(task.getExecution()), forms.read(task.getVariables(), HiringForms.Selection.class));
  }

  public void coachAppointed(DelegateTask task) {
    Contract contract = hiring.appoint(post(task.getExecution()), forms.read(task.getVariables(), HiringForms.Appointment.class));
    task.getExecution().setVariable(ProcessVariables.CONTRACT_END_DATE, contract.getEndDate().toString());
  }

  /** Contract year 1 of the post has started: its renewal cycle begins. */
  public void contractStarted(DelegateExecution execution) {
    Post post = post(execution);
    contractYears.start(contractYears.contract(post.getPlan().getReference(), post.getNumber(), 1));
  }

  /** The post of a coach-hiring instance, from its business key and the case file. */
  private Post post(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    return PostKeys.hiringPost(plans, businessKey)
        .orElseThrow(() -> new IllegalStateException("Business key " + businessKey + " names no post of a plan"));
  }
}

package nl.coachplan.coachhiring;

import nl.coachplan.engine.FollowUpProcesses;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.CaseOfInstance;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Plans;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code coach-hiring} process, called by expression from its BPMN (and from
 * {@code plan-intake}'s end, which hands the approved plan over).
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

  /** Called as the plan-intake instance ends approved: hiring starts in the same transaction. */
  public void start(DelegateExecution execution) {
    Plan plan = caseOf.plan(execution);
    processes.start(PROCESS_KEY, plan.getReference(), ContractYears.caseVariables(plan));
  }

  public void showHiring(DelegateTask task) {
    Plan plan = plan(task);
    task.setVariableLocal(HiringSummaryCopy.NAME, HiringSummaryCopy.markdown(plans, hiring, plan));
  }

  public void vacancyOpened(DelegateTask task) {
    Vacancy vacancy = hiring.openVacancy(plan(task), forms.read(task.getVariables(), HiringForms.VacancyForm.class));
    task.getExecution().setVariable(ProcessVariables.CLOSING_DATE_AT, ProcessValues.startOfDay(vacancy.getClosingDate().plusDays(1)));
  }

  public void candidateSelected(DelegateTask task) {
    hiring.select(plan(task), forms.read(task.getVariables(), HiringForms.Selection.class));
  }

  public void coachAppointed(DelegateTask task) {
    Contract contract = hiring.appoint(plan(task), forms.read(task.getVariables(), HiringForms.Appointment.class));
    task.getExecution().setVariable(ProcessVariables.CONTRACT_END_DATE, contract.getEndDate().toString());
  }

  /** Contract year 1 has started: its renewal cycle begins. */
  public void contractStarted(DelegateExecution execution) {
    contractYears.start(contractYears.contract(CaseOfInstance.planReference(execution.getProcessBusinessKey()), 1));
  }

  private Plan plan(DelegateTask task) {
    return caseOf.plan(task.getExecution());
  }
}

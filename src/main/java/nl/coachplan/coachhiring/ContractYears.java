package nl.coachplan.coachhiring;

import java.util.HashMap;
import java.util.Map;
import nl.coachplan.engine.FollowUpProcesses;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.CaseOfInstance;
import nl.coachplan.planintake.Plan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Starts the {@code contract-renewal} instance of a contract year, business key {@code <plan>/<year>}. */
@Component
public class ContractYears {

  public static final String PROCESS_KEY = "contract-renewal";

  private final FollowUpProcesses processes;
  private final ContractRepository contracts;

  public ContractYears(FollowUpProcesses processes, ContractRepository contracts) {
    this.processes = processes;
    this.contracts = contracts;
  }

  public void start(Contract contract) {
    Plan plan = contract.getPlan();
    Map<String, Object> variables = new HashMap<>(caseVariables(plan));
    variables.put(ProcessVariables.CONTRACT_YEAR, contract.getContractYear());
    processes.start(PROCESS_KEY, businessKey(contract), variables);
  }

  static String businessKey(Contract contract) {
    return contract.getPlan().getReference() + "/" + contract.getContractYear();
  }

  /** The contract of a contract-renewal instance, from its business key and the case file. */
  public Contract contract(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    String reference = CaseOfInstance.planReference(businessKey);
    int year;
    try {
      year = Integer.parseInt(businessKey.substring(reference.length() + 1));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Business key " + businessKey + " names no contract year", e);
    }
    return contract(reference, year);
  }

  public Contract contract(String planReference, int contractYear) {
    return contracts.findByPlanReferenceAndContractYear(planReference, contractYear).orElseThrow(
        () -> new IllegalStateException("Contract year " + contractYear + " of plan " + planReference + " does not exist"));
  }

  /** What every process that follows a plan shows of it (the Tasklist's columns); steps find the plan by business key. */
  static Map<String, Object> caseVariables(Plan plan) {
    return Map.of(ProcessVariables.PLAN_REFERENCE, plan.getReference(), ProcessVariables.PLAN_TITLE, plan.getTitle());
  }
}

package nl.coachplan.coachhiring;

import java.util.Map;
import nl.coachplan.engine.FollowUpProcesses;
import nl.coachplan.planintake.Plan;
import org.springframework.stereotype.Component;

/** Starts the {@code contract-renewal} instance of a contract year, business key {@code <plan>/<year>}. */
@Component
public class ContractYears {

  public static final String PROCESS_KEY = "contract-renewal";

  private final FollowUpProcesses processes;

  public ContractYears(FollowUpProcesses processes) {
    this.processes = processes;
  }

  public void start(Contract contract) {
    Plan plan = contract.getPlan();
    Map<String, Object> variables = new java.util.HashMap<>(caseVariables(plan));
    variables.put("contractId", contract.getId());
    variables.put("contractYear", contract.getContractYear());
    processes.start(PROCESS_KEY, plan.getReference() + "/" + contract.getContractYear(), variables);
  }

  /** What every process that follows a plan knows of it; {@code aanvoerder} names the group of its tasks. */
  static Map<String, Object> caseVariables(Plan plan) {
    return Map.of("planId", plan.getId(), "planReference", plan.getReference(), "planTitle", plan.getTitle(),
        "aanvoerder", plan.getAanvoerder().getSlug());
  }
}

package nl.coachplan.coachhiring;

import java.util.HashMap;
import java.util.Map;
import nl.coachplan.engine.FollowUpProcesses;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.Post;
import nl.coachplan.planintake.PostRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code contract-renewal} instance of a post's contract year, business key
 * {@code <plan>/<year>}, or {@code <plan>/<post>/<year>} when the plan has several posts ({@link PostKeys}).
 */
@Component
public class ContractYears {

  public static final String PROCESS_KEY = "contract-renewal";

  private final FollowUpProcesses processes;
  private final ContractRepository contracts;
  private final PostRepository posts;

  public ContractYears(FollowUpProcesses processes, ContractRepository contracts, PostRepository posts) {
    this.processes = processes;
    this.contracts = contracts;
    this.posts = posts;
  }

  public void start(Contract contract) {
    boolean severalPosts = posts.countByPlan(contract.getPlan()) > 1;
    Map<String, Object> variables = new HashMap<>(caseVariables(contract.getPost(), severalPosts));
    variables.put(ProcessVariables.CONTRACT_YEAR, contract.getContractYear());
    processes.start(PROCESS_KEY, PostKeys.contractYear(contract.getPost(), contract.getContractYear(), severalPosts), variables);
  }

  /** The contract of a contract-renewal instance, from its business key and the case file. */
  public Contract contract(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    PostKeys.ContractYear key = PostKeys.contractYear(businessKey)
        .orElseThrow(() -> new IllegalStateException("Business key " + businessKey + " names no contract year"));
    return contract(key.reference(), key.post(), key.year());
  }

  public Contract contract(String planReference, int post, int contractYear) {
    return contracts.findContractYear(planReference, post, contractYear).orElseThrow(() -> new IllegalStateException(
        "Contract year " + contractYear + " of post " + post + " of plan " + planReference + " does not exist"));
  }

  /**
   * What every process that follows a plan shows of it (the Tasklist's columns, the mails); steps
   * find the plan and the post by business key. With several posts the title names the post.
   */
  static Map<String, Object> caseVariables(Post post, boolean severalPosts) {
    String title = post.getPlan().getTitle() + (severalPosts ? " · post " + post.getNumber() : "");
    return Map.of(ProcessVariables.PLAN_REFERENCE, post.getPlan().getReference(), ProcessVariables.PLAN_TITLE, title);
  }
}

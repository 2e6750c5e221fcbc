package nl.coachplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.coachplan.fundinground.CallStatus;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A newcomer starting the application with the demo finds the Soest round and work waiting. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

  @Autowired FundingRoundRepository rounds;
  @Autowired PlanRepository plans;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired DemoData demo;
  @Autowired nl.coachplan.tasks.TaskWork work;
  @Autowired nl.coachplan.coachhiring.ContractRepository contracts;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  @AfterEach
  void clear() {
    identityService.clearAuthentication();
  }

  /** The tasks a user finds waiting: staff in the Tasklist (the engine's authorizations), organisations in the portal. */
  private long tasksOf(String user) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).unlimitedList().stream().map(g -> g.getId()).toList();
    if (groups.stream().anyMatch(g -> g.startsWith("org-"))) {
      return work.open(new nl.coachplan.identity.Viewer(user, groups)).size();
    }
    identityService.setAuthentication(user, groups);
    try {
      return taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theSoestRoundOf2016HasPlansAtEveryStage() {
    var round = rounds.findByMunicipalityCodeAndYear("GM0342", 2016).orElseThrow();
    assertThat(round.getGrantedFte()).isEqualByComparingTo("6.8");
    assertThat(round.getRijksbijdragePerFte()).isEqualByComparingTo("20000");
    assertThat(round.getCallStatus()).isEqualTo(CallStatus.OPEN);

    Map<PlanStage, Long> stages = plans.findAll().stream().collect(Collectors.groupingBy(Plan::getStage, Collectors.counting()));
    assertThat(stages).containsKeys(PlanStage.HIRING, PlanStage.BUDGET_REVIEW, PlanStage.IN_REVIEW, PlanStage.CONFIRMING,
        PlanStage.REVISING, PlanStage.SCREENING, PlanStage.REJECTED, PlanStage.ACTIVE, PlanStage.STRUCTURAL);
    List<String> aanvoerders = transactions.execute(status -> plans.findAll().stream().map(p -> p.getAanvoerder().getSlug()).toList());
    assertThat(aanvoerders)
        .contains("werk-en-inkomen", "elzis", "stichting-balans", "bink-kinderopvang", "gemeente-soest");
  }

  @Test
  void coordinatorAanvoerderAndSpelerFindTheirWorkWaiting() {
    assertThat(tasksOf("coordinator")).isGreaterThanOrEqualTo(3);
    assertThat(tasksOf("policy")).isGreaterThanOrEqualTo(1);
    assertThat(tasksOf("gemeente-soest")).as("the vacancy to open").isEqualTo(1);
    assertThat(tasksOf("idea")).as("the plan to revise").isEqualTo(1);
    Task swos = taskService.createTaskQuery().taskCandidateGroup("org-swos").singleResult();
    assertThat(swos.getTaskDefinitionKey()).isEqualTo("confirmContribution");
    assertThat(tasksOf("swos")).as("in the portal").isEqualTo(1);
    assertThat(filterService.createFilterQuery().filterName("Mijn organisatie").count()).as("organisations left the Tasklist").isZero();
  }

  @Test
  void theStoryGoesOnWithHiringRenewalsAndStructuralFunding() {
    List<String> contractYears = transactions.execute(status -> contracts.findAll().stream()
        .filter(c -> c.getPlan().getTitle().startsWith("Buurtsportcoach speciale"))
        .map(c -> c.getContractYear() + ":" + c.getStatus()).toList());
    assertThat(contractYears).containsExactly("1:RENEWED", "2:RENEWED", "3:STRUCTURAL");
    List<String> trainee = transactions.execute(status -> contracts.findAll().stream()
        .filter(c -> c.getCoach().isTrainee()).map(c -> c.getStatus().name()).toList());
    assertThat(trainee).as("the trainee's yearly contracts up to this year").hasSizeGreaterThanOrEqualTo(9).last().isEqualTo("ACTIVE");
    var round = rounds.findByMunicipalityCodeAndYear("GM0342", 2016).orElseThrow();
    assertThat(contracts.filledFte(round.getId())).isEqualByComparingTo("1.5");
  }

  @Test
  void runningAgainChangesNothing() throws Exception {
    long before = plans.count();
    ApplicationArguments none = new DefaultApplicationArguments();
    demo.run(none);
    assertThat(plans.count()).isEqualTo(before);
    assertThat(identityService.createUserQuery().userId("swos").count()).isEqualTo(1);
  }
}

package nl.coachplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/** A newcomer starting the application with the demo today finds the Soest rounds and work waiting. */
class DemoDataTest extends DemoStoryChecks {

  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired DemoData demo;
  @Autowired nl.coachplan.tasks.TaskWork work;

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
  void coordinatorAanvoerderAndSpelerFindTheirWorkWaiting() {
    assertThat(tasksOf("coordinator")).as("screening, review, budget, a reminder").isGreaterThanOrEqualTo(4);
    assertThat(tasksOf("policy")).as("the joint review").isGreaterThanOrEqualTo(1);
    assertThat(tasksOf("idea")).as("the plan to revise").isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskCandidateGroup("org-swos").unlimitedList()).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("confirmContribution", "openVacancy");
    assertThat(tasksOf("swos")).as("in the portal").isEqualTo(2);
    assertThat(taskService.createTaskQuery().taskDefinitionKey("followUpContribution").count()).as("remind SWOS").isEqualTo(1);
    assertThat(filterService.createFilterQuery().filterName("Mijn organisatie").count()).as("organisations left the Tasklist").isZero();
  }

  @Test
  void runningAgainChangesNothing() throws Exception {
    long before = plans.count();
    ApplicationArguments none = new DefaultApplicationArguments();
    demo.run(none);
    assertThat(plans.count()).isEqualTo(before);
    assertThat(rounds.count()).isEqualTo(2);
    assertThat(identityService.createUserQuery().userId("swos").count()).isEqualTo(1);
  }
}

package nl.coachplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;

/** Every model under processes/ (BPMN, DMN and forms) is deployed by Spring Boot's auto-deployment. */
class DeploymentTest extends ProcessTestSupport {

  @Test
  void everyFileUnderProcessesIsDeployed() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(Path.of("processes"))) {
      files = walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form")).toList();
    }
    assertThat(files).anyMatch(n -> n.endsWith(".form")).anyMatch(n -> n.endsWith(".dmn"));

    Set<String> deployed = repositoryService.createDeploymentQuery().unlimitedList().stream()
        .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .map(name -> name.substring(name.lastIndexOf('/') + 1))
        .collect(Collectors.toSet());
    assertThat(deployed).containsAll(files);
  }

  @Test
  void everyProcessAndDecisionIsDeployedAndEveryFormRefResolves() {
    for (String process : List.of("funding-round", "plan-intake", "coach-hiring", "contract-renewal")) {
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(process).count()).as(process).isPositive();
    }
    for (String decision : List.of("training-advice", "renewal-advice")) {
      assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count()).as(decision).isPositive();
    }
    for (String formKey : List.of("funding-round-start", "prepare-meeting", "record-meeting", "close-call", "plan-intake-start",
        "confirm-contribution", "follow-up-contribution", "screen-plan", "revise-plan", "joint-review", "draft-profile",
        "draft-budget", "approve-profile-budget", "open-vacancy", "select-candidate", "appoint-coach", "submit-year-report",
        "reconfirm-contribution", "evaluate-year", "record-structural-funding")) {
      boolean found = repositoryService.createDeploymentQuery().unlimitedList().stream()
          .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
          .anyMatch(r -> r.getName().endsWith("/" + formKey + ".form"));
      assertThat(found).as("form %s is deployed", formKey).isTrue();
    }
  }
}

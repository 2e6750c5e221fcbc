package nl.coachplan.wijkcollaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.engine.FormValues;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one path of {@code wijk-collaboration}: a look back each year on the evaluation day, recorded on the wijk. */
class WijkCollaborationProcessTest extends WijkTestSupport {

  @Autowired WijkEvaluationRepository evaluations;

  @Test
  void eachYearOnItsDayTheCoordinatorLooksBackAndRecordsItOnTheWijk() {
    Wijk wijk = freshWijk();
    ProcessInstance collaboration = runtimeService.createProcessInstanceQuery().processDefinitionKey("wijk-collaboration")
        .processInstanceBusinessKey("wijk-" + wijk.getCode()).singleResult();
    assertThat(collaboration).isWaitingAt("evaluationDay");
    Job day = managementService.createJobQuery().processInstanceId(collaboration.getId()).timers().singleResult();
    LocalDate due = day.getDuedate().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
    assertThat(due).isAfter(ProcessValues.today()).hasMonthValue(11).hasDayOfMonth(1);

    ClockUtil.setCurrentTime(Date.from(day.getDuedate().toInstant().plusSeconds(3600)));
    managementService.executeJob(day.getId());
    assertThat(collaboration).isWaitingAt("evaluateCollaboration").task().hasCandidateGroup("coordinator");
    assertThat(taskService.getVariable(task(collaboration, "evaluateCollaboration").getId(), "wijkSummary").toString())
        .contains(wijk.getName(), "Verwijzingen: 0");

    // The agreements are required; nothing is recorded without them.
    assertThatThrownBy(() -> completeTask(collaboration, "evaluateCollaboration", FormValues.of(new WijkForms.Evaluation(
        due.plusDays(3), true, List.of("swos"), "Korte lijnen", null, null))))
        .hasRootCauseInstanceOf(InvalidFormDataException.class);
    completeTask(collaboration, "evaluateCollaboration", FormValues.of(new WijkForms.Evaluation(due.plusDays(3), true,
        List.of("swos", "vv-sec"), "Korte lijnen met de huisartsen.", "Meer terugkoppeling van de clubs.",
        "Elk kwartaal een kort overleg; de clubs koppelen binnen twee weken terug.")));

    assertThat(evaluations.findOfWijk(wijk.getCode())).singleElement().satisfies(e -> {
      assertThat(e.getYear()).isEqualTo(due.getYear());
      assertThat(e.getProviders()).containsExactly("swos", "vv-sec");
      assertThat(e.isWijkteamPresent()).isTrue();
    });
    assertThat(collaboration).isWaitingAt("evaluationDay");
    Job next = managementService.createJobQuery().processInstanceId(collaboration.getId()).timers().singleResult();
    assertThat(next.getDuedate().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()).isEqualTo(due.plusYears(1));
  }
}

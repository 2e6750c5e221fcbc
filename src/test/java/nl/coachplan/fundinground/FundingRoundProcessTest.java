package nl.coachplan.fundinground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.coachplan.ProcessTestSupport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FundingRoundProcessTest extends ProcessTestSupport {

  @Autowired FundingRoundRepository rounds;

  @Test
  void aRoundGoesFromInspirationMeetingThroughTheCallToClosing() {
    int year = freshYear();
    ProcessInstance round = startRound(year, 6.8);
    assertThat(round).isWaitingAt("prepareMeeting").hasBusinessKey("round-" + year);
    assertThat(round).task().hasCandidateGroup("coordinator");
    FundingRound stored = rounds.findByMunicipalityCodeAndYear("GM0342", year).orElseThrow();
    assertThat(stored.getCallStatus()).isEqualTo(CallStatus.PREPARING);
    assertThat(stored.getGrantedFte()).isEqualByComparingTo("6.8");

    completeTask(round, "prepareMeeting", vars("meetingDate", year + "-03-17", "meetingLocation", "Raadhuis",
        "invitedOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "swos", "elzis"))));
    assertThat(round).hasPassed("sendInvitations").isWaitingAt("meetingDay");

    fireTimer(round);
    assertThat(round).isWaitingAt("recordMeeting");
    completeTask(round, "recordMeeting", vars("attendingOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "mee")),
        "meetingNotes", "Veel energie in de wijk."));
    assertThat(round).hasPassed("openCall").isWaitingAt("callDeadlineReached");
    stored = rounds.findById(stored.getId()).orElseThrow();
    assertThat(stored.getCallStatus()).isEqualTo(CallStatus.OPEN);
    assertThat(stored.getInvitationsSentAt()).isNotNull();
    Long roundId = stored.getId();
    List<Invitation> invitations = inTx(() -> rounds.findById(roundId).orElseThrow().getInvitations().stream()
        .peek(i -> i.getOrganisation().getSlug()).toList());
    assertThat(invitations).hasSize(4)
        .filteredOn(Invitation::isAttended).extracting(i -> i.getOrganisation().getSlug())
        .containsExactlyInAnyOrder("werk-en-inkomen", "mee");

    fireTimer(round);
    assertThat(round).isWaitingAt("closeCall");
    completeTask(round, "closeCall", vars("closeDecision", "close"));
    assertThat(round).hasPassed("closeRound", "callClosed").isEnded();
    assertThat(rounds.findById(stored.getId()).orElseThrow().getCallStatus()).isEqualTo(CallStatus.CLOSED);
  }

  @Test
  void theCoordinatorCanExtendTheCallAndTheTimerWaitsForTheNewDeadline() {
    int year = freshYear();
    ProcessInstance round = openRound(year, 2);
    fireTimer(round);
    // Later than the current deadline (30 June of the round's year) and not in the past.
    LocalDate current = LocalDate.of(year, 6, 30);
    LocalDate newDeadline = (current.isAfter(LocalDate.now()) ? current : LocalDate.now()).plusMonths(2);

    completeTask(round, "closeCall", vars("closeDecision", "extend", "newCallDeadline", newDeadline.toString()));

    assertThat(round).isWaitingAt("callDeadlineReached").variables().containsEntry("callDeadline", newDeadline.toString());
    var timer = managementService.createJobQuery().processInstanceId(round.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(ProcessValues.startOfDay(newDeadline.plusDays(1)));
    FundingRound stored = rounds.findByMunicipalityCodeAndYear("GM0342", year).orElseThrow();
    assertThat(stored.getCallDeadline()).isEqualTo(newDeadline);
    assertThat(stored.getCallStatus()).isEqualTo(CallStatus.OPEN);

    fireTimer(round);
    completeTask(round, "closeCall", vars("closeDecision", "close"));
    assertThat(round).isEnded();
  }

  @Test
  void anExtensionNeedsALaterDeadline() {
    ProcessInstance round = openRound(freshYear(), 2);
    fireTimer(round);
    String taskId = task(round, "closeCall").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, vars("closeDecision", "extend")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("nieuwe sluitingsdatum");
    assertThatThrownBy(() -> taskService.complete(taskId, vars("closeDecision", "extend", "newCallDeadline", "2001-01-01")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("niet in het verleden");
    assertThat(round).isWaitingAt("closeCall");
  }

  @Test
  void aRoundPerYearOnlyAndWithSaneFigures() {
    int year = freshYear();
    startRound(year, 3);
    assertThatThrownBy(() -> startRound(year, 3))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Er bestaat al een ronde voor " + year);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("funding-round", vars("year", freshYear(),
        "grantedFte", -1, "rijksbijdragePerFte", 20000, "callDeadline", "2030-06-30")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("toegekende fte moet minstens 0,1");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("funding-round")
        .processInstanceBusinessKey("round-" + year).count()).isEqualTo(1);
  }

  @Test
  void theMeetingMustPrecedeTheDeadlineAndInviteKnownOrganisations() {
    int year = freshYear();
    ProcessInstance round = startRound(year, 1);
    String taskId = task(round, "prepareMeeting").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, vars("meetingDate", year + "-07-01", "meetingLocation", "Raadhuis",
        "invitedOrganizations", ProcessValues.json(List.of("onbekende-club")))))
        .hasRootCauseInstanceOf(InvalidFormDataException.class)
        .hasMessageContaining("vóór de sluitingsdatum")
        .hasMessageContaining("Onbekende organisatie 'onbekende-club'");
    assertThat(round).isWaitingAt("prepareMeeting");
  }
}

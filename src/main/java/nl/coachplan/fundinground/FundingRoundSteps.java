package nl.coachplan.fundinground;

import java.util.Map;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code funding-round} process, called by expression from its BPMN. Thin: reads
 * and validates the form, lets {@link FundingRounds} change the case, hands dates back to the engine.
 */
@Component("fundingRound")
public class FundingRoundSteps {

  private final FundingRounds rounds;
  private final Organisations organisations;
  private final FormReader forms;
  private final CurrentUser currentUser;

  public FundingRoundSteps(FundingRounds rounds, Organisations organisations, FormReader forms, CurrentUser currentUser) {
    this.rounds = rounds;
    this.organisations = organisations;
    this.forms = forms;
    this.currentUser = currentUser;
  }

  public void open(DelegateExecution execution) {
    RoundForms.Start form = forms.read(execution.getVariables(), RoundForms.Start.class);
    FundingRound round = rounds.open(form, currentUser.id());
    // Every later step finds the round by this key, not by a variable.
    execution.setProcessBusinessKey(FundingRound.businessKey(round.getYear()));
    execution.setVariable(ProcessVariables.LOCAL_SHARE_MINIMUM_PERCENT, round.getLocalShareMinimumPercent());
    execution.setVariable(ProcessVariables.IN_KIND_COUNTS_AS_COFINANCING, round.isInKindCountsAsCofinancing());
    execution.setVariable(ProcessVariables.CALL_DEADLINE_AT, ProcessValues.startOfDay(round.getCallDeadline().plusDays(1)));
  }

  /** Puts what the coordinator needs to see on the task: the round and the organisations to choose from. */
  public void showRound(DelegateTask task) {
    FundingRound round = round(task.getExecution());
    task.setVariableLocal(ProcessVariables.ROUND_YEAR, round.getYear());
    task.setVariableLocal(RoundSummaryCopy.NAME, RoundSummary.markdown(round, rounds.countPlans(round)));
    task.setVariableLocal(ProcessVariables.ORGANIZATION_OPTIONS, ProcessValues.json(organisations.all().stream()
        .map(o -> Map.of("label", o.getName(), "value", o.getSlug())).toList()));
  }

  public void meetingPrepared(DelegateTask task) {
    RoundForms.Meeting form = forms.read(task.getVariables(), RoundForms.Meeting.class);
    FundingRound round = round(task.getExecution());
    rounds.planMeeting(round, form);
    task.getExecution().setVariable(ProcessVariables.MEETING_AT, ProcessValues.startOfDay(form.meetingDate()));
  }

  public void invitationsSent(DelegateExecution execution) {
    rounds.invitationsSent(round(execution));
  }

  public void meetingRecorded(DelegateTask task) {
    RoundForms.MeetingRecord form = forms.read(task.getVariables(), RoundForms.MeetingRecord.class);
    rounds.recordMeeting(round(task.getExecution()), form);
  }

  public void callOpened(DelegateExecution execution) {
    rounds.openCall(round(execution));
  }

  public void callDecided(DelegateTask task) {
    RoundForms.CallDecision form = forms.read(task.getVariables(), RoundForms.CallDecision.class);
    FundingRound round = round(task.getExecution());
    rounds.decideCall(round, form, ProcessValues.today());
    if ("extend".equals(form.closeDecision())) {
      task.getExecution().setVariable(ProcessVariables.CALL_DEADLINE, round.getCallDeadline().toString());
      task.getExecution().setVariable(ProcessVariables.CALL_DEADLINE_AT, ProcessValues.startOfDay(round.getCallDeadline().plusDays(1)));
    }
  }

  public void callClosed(DelegateExecution execution) {
    rounds.closeCall(round(execution));
  }

  private FundingRound round(DelegateExecution execution) {
    return rounds.requireBusinessKey(execution.getProcessBusinessKey());
  }

}

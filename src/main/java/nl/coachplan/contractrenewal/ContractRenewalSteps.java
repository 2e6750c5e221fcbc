package nl.coachplan.contractrenewal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.ContractYears;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.CaseOfInstance;
import nl.coachplan.planintake.Contribution;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanOverview;
import nl.coachplan.planintake.Plans;
import nl.coachplan.validation.FormReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The steps of the {@code contract-renewal} process (one instance per contract year), called from its BPMN. */
@Component("contractRenewal")
public class ContractRenewalSteps {

  private final Renewals renewals;
  private final YearReports yearReports;
  private final Plans plans;
  private final FormReader forms;
  private final ContractYears contractYears;
  private final CaseOfInstance caseOf;

  public ContractRenewalSteps(Renewals renewals, YearReports yearReports, Plans plans, FormReader forms, ContractYears contractYears,
      CaseOfInstance caseOf) {
    this.renewals = renewals;
    this.yearReports = yearReports;
    this.plans = plans;
    this.forms = forms;
    this.contractYears = contractYears;
    this.caseOf = caseOf;
  }

  /** The report timer's date comes from the case: eight weeks before this contract year ends. */
  public void yearStarted(DelegateExecution execution) {
    Contract contract = contractYears.contract(execution);
    execution.setVariable(ProcessVariables.CONTRACT_END_DATE, contract.getEndDate().toString());
    execution.setVariable(ProcessVariables.REPORT_DUE_AT, ProcessValues.startOfDay(yearReports.due(contract)));
  }

  public void showContract(DelegateTask task) {
    Contract contract = contract(task);
    task.setVariableLocal(ProcessVariables.CONTRACT_SUMMARY, RenewalOverview.contract(contract));
    if (contract.getDecision() != null) {
      task.setVariableLocal(ProcessVariables.EVALUATION_TEXT, RenewalOverview.evaluation(contract));
    }
  }

  /**
   * The year report's form fits the plan, read from the case file: the participatieladder only for a
   * plan in the work setting (a display flag; the report's check reads the plan itself), and one row
   * per outcome the plan intends, set on the instance where the answers land (see prefillRevision).
   */
  public void showYearReport(DelegateTask task) {
    showContract(task);
    Plan plan = contract(task).getPlan();
    task.setVariableLocal(ProcessVariables.LADDER_APPLIES, plan.usesLadder());
    if (plan.getOutcomes().isEmpty()) {
      return;  // Nothing to answer: no variable either (the form's list starts empty).
    }
    task.getExecution().setVariable(ProcessVariables.OUTCOME_RESULTS, ProcessValues.json(plan.getOutcomes().stream().map(o -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("outcome", o.getOutcome());
      row.put("measure", o.getMeasure());
      row.put("resultText", null);
      row.put("resultNumber", null);
      return row;
    }).toList()));
  }

  public void yearReported(DelegateTask task) {
    yearReports.report(contract(task), forms.read(task.getVariables(), RenewalForms.YearReportForm.class));
  }

  /** The aanvoerder's form opens with this year's hours and costs. */
  public void showNextYear(DelegateTask task) {
    Contract contract = contract(task);
    task.setVariableLocal(ProcessVariables.CONTRACT_SUMMARY, RenewalOverview.contract(contract));
    plans.budget(contract.getPlan()).ifPresent(budget -> {
      task.setVariable(ProcessVariables.NEXT_YEAR_ANNUAL_COST_PER_FTE, budget.getAnnualCostPerFte().doubleValue());
      task.setVariable(ProcessVariables.NEXT_YEAR_OTHER_COSTS_EURO, budget.getOtherCostsEuro().doubleValue());
    });
    task.setVariable(ProcessVariables.NEXT_YEAR_HOURS_PER_WEEK, contract.getHoursPerWeek().doubleValue());
  }

  public void nextYearPrepared(DelegateTask task) {
    renewals.prepareNextYear(contract(task), forms.read(task.getVariables(), RenewalForms.NextYearForm.class));
  }

  /** From the case file: whether the aanvoerder intends to continue the contract. */
  public boolean continues(DelegateExecution execution) {
    return renewals.continues(contractYears.contract(execution));
  }

  public List<Long> contributionsToReconfirm(DelegateExecution execution) {
    return renewals.contributionsToReconfirm(contractYears.contract(execution));
  }

  /** For contract-renewal versions deployed before the steps read the case by business key (see PlanIntakeSteps). */
  public String reconfirmationGroup(Object contributionId) {
    return plans.contribution(((Number) contributionId).longValue()).getOrganisation().groupId();
  }

  public String reconfirmationGroup(DelegateExecution execution, Object contributionId) {
    return caseOf.contribution(execution, contributionId).getOrganisation().groupId();
  }

  /** As in plan-intake, each speler's answer lives on its own task's execution. */
  public void showReconfirmation(DelegateTask task) {
    Contribution contribution = caseOf.contribution(task);
    // A speler joining at renewal is shown the pledge the aanvoerder proposed for it.
    boolean joins = renewals.joins(contract(task), contribution);
    task.setVariableLocal(ProcessVariables.CONTRIBUTION_SUMMARY, joins ? RenewalOverview.joining(contribution)
        : RenewalOverview.contribution(contribution));
    var amount = joins ? contribution.getAmountEuro() : contribution.getConfirmedAmountEuro();
    DelegateExecution answers = task.getExecution();
    answers.setVariableLocal(ProcessVariables.CONTRIBUTION_CONTINUES, Variables.booleanValue(null));
    answers.setVariableLocal(ProcessVariables.NEXT_YEAR_AMOUNT_EURO, amount == null ? null : amount.doubleValue());
    answers.setVariableLocal(ProcessVariables.NEXT_YEAR_HOURS_PER_YEAR,
        joins ? contribution.getHoursPerYear() : contribution.getConfirmedHoursPerYear());
    answers.setVariableLocal(ProcessVariables.REMARK, Variables.stringValue(null));
  }

  public void reconfirmed(DelegateTask task) {
    renewals.reconfirm(contract(task), caseOf.contribution(task),
        forms.read(task.getExecution().getVariablesLocal(), RenewalForms.Reconfirmation.class));
  }

  /** The renewal-advice decision's inputs, for this transaction only. */
  public void prepareAdvice(DelegateExecution execution) {
    renewals.adviceInputs(contractYears.contract(execution))
        .forEach((name, value) -> execution.setVariable(name,
            execution.hasVariable(name) ? value : Variables.untypedValue(value, true)));
  }

  public void advised(DelegateExecution execution) {
    ProcessVariables.entries(execution, ProcessVariables.RENEWAL_ADVICE).ifPresent(advice ->
        renewals.advised(contractYears.contract(execution), String.valueOf(advice.get("advice")), String.valueOf(advice.get("reason"))));
  }

  public void showEvaluation(DelegateTask task) {
    Contract contract = contract(task);
    task.setVariableLocal(ProcessVariables.CONTRACT_SUMMARY, RenewalOverview.contract(contract));
    yearReports.of(contract).ifPresent(report -> {
      task.setVariableLocal(ProcessVariables.YEAR_REPORT_OVERVIEW, RenewalOverview.report(report));
      if (report.isLadderApplies()) {
        task.setVariableLocal(ProcessVariables.LADDER_OVERVIEW, RenewalOverview.ladder(report));
      }
    });
    var renewal = renewals.renewalOf(contract);
    List<Contribution> joining = renewal.map(r -> r.getNewContributions()).orElse(List.of());
    List<Contribution> running = plans.confirmedContributions(contract.getPlan()).stream()
        .filter(c -> joining.stream().noneMatch(j -> j.getId().equals(c.getId()))).toList();
    task.setVariableLocal(ProcessVariables.RECONFIRMATIONS_OVERVIEW, ProcessValues.json(RenewalOverview.reconfirmationRows(
        running, joining, renewals.reconfirmations(contract))));
    task.setVariableLocal(ProcessVariables.FINANCING_OVERVIEW, financing(contract));
    task.setVariableLocal(ProcessVariables.RENEWAL_ADVICE_TEXT, RenewalOverview.advice(contract));
    task.setVariableLocal(ProcessVariables.CONVERSATION_OVERVIEW, renewal.map(RenewalOverview::intentionAndConversation).orElse(""));
  }

  private String financing(Contract contract) {
    var round = contract.getPlan().getRound();
    return PlanOverview.financing(renewals.nextYearFinancing(contract),
        round.getRijksbijdragePerFte(), round.getLocalShareMinimumPercent(), round.isInKindCountsAsCofinancing(), true);
  }

  /** For contract-renewal versions in which the coordinator renewed or ended the contract. */
  public void evaluated(DelegateTask task) {
    renewals.evaluate(contract(task), forms.read(task.getVariables(), RenewalForms.Evaluation.class));
  }

  /** From the case file: whether next year's budget is sound, else a joint conversation comes first. */
  public boolean budgetSound(DelegateExecution execution) {
    return renewals.nextYearFinancing(contractYears.contract(execution)).sound();
  }

  public void talkedTogether(DelegateTask task) {
    renewals.talkTogether(contract(task), forms.read(task.getVariables(), RenewalForms.Conversation.class));
  }

  public void fundingDecided(DelegateTask task) {
    renewals.decideFunding(contract(task), forms.read(task.getVariables(), RenewalForms.FundingDecision.class));
  }

  /** From the case file: the gemeente's decision on next year's fte and Rijk money. */
  public String fundingDecision(DelegateExecution execution) {
    return String.valueOf(contractYears.contract(execution).getDecision());
  }

  public void showContractDecision(DelegateTask task) {
    Contract contract = contract(task);
    task.setVariableLocal(ProcessVariables.CONTRACT_SUMMARY, RenewalOverview.contract(contract));
    task.setVariableLocal(ProcessVariables.EVALUATION_TEXT, RenewalOverview.evaluation(contract));
    task.setVariableLocal(ProcessVariables.FINANCING_OVERVIEW, financing(contract));
  }

  public void contractDecided(DelegateTask task) {
    renewals.decideContract(contract(task), forms.read(task.getVariables(), RenewalForms.ContractDecision.class));
  }

  /** From the case file: renew, local (structural) or end, after both decisions. */
  public String outcome(DelegateExecution execution) {
    return renewals.outcome(contractYears.contract(execution));
  }

  /** Renewed: the next contract year starts its own instance. */
  public void renewed(DelegateExecution execution) {
    contractYears.start(renewals.renew(contractYears.contract(execution)));
  }

  public void structurallyFunded(DelegateTask task) {
    renewals.fundStructurally(contract(task),
        forms.read(task.getVariables(), RenewalForms.StructuralFundingForm.class));
  }

  public void ended(DelegateExecution execution) {
    renewals.end(contractYears.contract(execution));
  }

  private Contract contract(DelegateTask task) {
    return contractYears.contract(task.getExecution());
  }
}

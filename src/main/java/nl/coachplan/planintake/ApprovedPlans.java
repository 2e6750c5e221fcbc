package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.funding.Financing;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.funding.Pledge;
import nl.coachplan.organisation.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the processes after intake change on an approved plan, called from their packages: the
 * coach's appointment carries the plan out ({@code coachhiring}); a renewal carries next year's
 * pledges over into its contributions and budget (with next year's costs), new spelers join,
 * structural funding or the end closes it ({@code contractrenewal}). Runs inside the engine's transaction.
 */
@Service
@Transactional
public class ApprovedPlans {

  private final Plans plans;
  private final BudgetRepository budgets;
  private final FundingRules rules;
  private final ContributionRepository contributions;

  public ApprovedPlans(Plans plans, BudgetRepository budgets, FundingRules rules, ContributionRepository contributions) {
    this.plans = plans;
    this.budgets = budgets;
    this.rules = rules;
    this.contributions = contributions;
  }

  /** The coach is appointed: the plan is carried out. */
  public void activate(Plan plan) {
    plan.moveTo(PlanStage.ACTIVE);
  }

  /** The goal of the aanpak: the coach is embedded with the aanvoerder. */
  public void fundStructurally(Plan plan) {
    plan.decide(PlanStage.STRUCTURAL, ProcessValues.now());
  }

  public void end(Plan plan) {
    plan.decide(PlanStage.ENDED, ProcessValues.now());
  }

  /** The budget's financing for a coach of the given fte with the given pledges (next year's reconfirmations). */
  @Transactional(readOnly = true)
  public Financing financeBudget(Plan plan, BigDecimal fte, List<Pledge> pledges) {
    Budget budget = budgets.findByPlan(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen begroting"));
    return rules.finance(plan.getRound().terms(), fte, budget.getAnnualCostPerFte(), budget.getOtherCostsEuro(),
        plan.getAanvoerder().isGemeente(), plan.getAanvoerderContributionEuro(), pledges);
  }

  /** Next year's financing with next year's costs, as the aanvoerder states them at renewal. */
  @Transactional(readOnly = true)
  public Financing financeNextYear(Plan plan, BigDecimal fte, BigDecimal annualCostPerFte, BigDecimal otherCostsEuro,
      List<Pledge> pledges) {
    return rules.finance(plan.getRound().terms(), fte, annualCostPerFte, otherCostsEuro,
        plan.getAanvoerder().isGemeente(), plan.getAanvoerderContributionEuro(), pledges);
  }

  /** A new contract year: each speler's reconfirmed pledge becomes its contribution, and the budget follows. */
  public Financing carryOver(Plan plan, BigDecimal fte, Map<Long, Pledge> nextYear) {
    Budget budget = budgets.findByPlan(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen begroting"));
    return carryOver(plan, fte, nextYear, budget.getAnnualCostPerFte(), budget.getOtherCostsEuro());
  }

  /** As above, with next year's costs as changed at renewal. */
  public Financing carryOver(Plan plan, BigDecimal fte, Map<Long, Pledge> nextYear, BigDecimal annualCostPerFte,
      BigDecimal otherCostsEuro) {
    for (Contribution contribution : plans.confirmedContributions(plan)) {
      var pledge = nextYear.get(contribution.getId());
      contribution.carryOver(pledge != null, pledge == null ? null : pledge.amountEuro(), pledge == null ? null : pledge.hoursPerYear());
    }
    Budget budget = budgets.findByPlan(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen begroting"));
    Financing financing = financeNextYear(plan, fte, annualCostPerFte, otherCostsEuro,
        plans.confirmedContributions(plan).stream().map(Contribution::confirmedPledge).toList());
    budget.draft(budget.getSalaryScale(), annualCostPerFte, otherCostsEuro, financing);
    return financing;
  }

  /** A speler joins an approved plan at renewal: its pledge waits for its own confirmation. */
  public Contribution join(Plan plan, Organisation speler, String kind, BigDecimal amountEuro, Integer hoursPerYear,
      String description) {
    Contribution contribution = new Contribution(plan, speler, kind);
    contribution.pledge(amountEuro, hoursPerYear, description);
    plan.getContributions().add(contribution);
    return contributions.save(contribution);
  }

  /** The joining speler's answer, as at intake: confirmed from next contract year, or declined. */
  public void answerJoining(Contribution contribution, boolean joins, BigDecimal amountEuro, Integer hoursPerYear, String remark,
      String by, Instant at) {
    if (contribution.getStatus() != ContributionStatus.PENDING) {
      throw new IllegalStateException("Contribution " + contribution.getId() + " was answered already");
    }
    contribution.answer(joins, amountEuro, hoursPerYear, remark, by, at);
  }
}

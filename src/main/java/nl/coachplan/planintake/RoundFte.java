package nl.coachplan.planintake;

import java.math.BigDecimal;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.fundinground.FundingRound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fte accounting of a round's plans: what its approvals leave of the fte the round was
 * granted. (The fte its coaches fill is {@code coachhiring/Hiring#filledFte}.)
 */
@Service
@Transactional(readOnly = true)
public class RoundFte {

  private final PlanRepository plans;
  private final FundingRules rules;

  public RoundFte(PlanRepository plans, FundingRules rules) {
    this.plans = plans;
    this.rules = rules;
  }

  /** The round's granted fte minus what its other plans hold. */
  public BigDecimal remaining(Plan plan) {
    FundingRound round = plan.getRound();
    return rules.remainingFte(round.getGrantedFte(), plans.committedFte(round.getId(), plan.getId()));
  }
}

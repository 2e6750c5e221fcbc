package nl.coachplan.planintake;

import java.math.BigDecimal;
import nl.coachplan.fundinground.FundingRounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the year of a plan's round has left of the Rijk's fte for it: the standing allocation of that
 * year minus what other approved plans and the coaches hold in it, whichever round approved them.
 */
@Service
@Transactional(readOnly = true)
public class RoundFte {

  private final FteAllocation allocation;
  private final FundingRounds rounds;

  public RoundFte(FteAllocation allocation, FundingRounds rounds) {
    this.allocation = allocation;
    this.rounds = rounds;
  }

  /** The year's available fte, this plan's own approval left out. */
  public BigDecimal remaining(Plan plan) {
    return allocation.available(plan.getRound().getYear(), plan).max(BigDecimal.ZERO);
  }

  /**
   * The same, for an approval: the round's row stays locked until the approval commits, so two
   * approvals of one year never both take its last free fte.
   */
  @Transactional
  public BigDecimal remainingForApproval(Plan plan) {
    rounds.lock(plan.getRound().getId());
    return remaining(plan);
  }
}

package nl.coachplan.fundinground;

import nl.coachplan.engine.LiveCopy;
import nl.coachplan.engine.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The round on the coordinator's forms: plans keep coming in while a task of the round is open. */
@Component
class RoundSummaryCopy implements LiveCopy {

  static final String NAME = ProcessVariables.ROUND_SUMMARY;

  private final FundingRounds rounds;

  RoundSummaryCopy(FundingRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public String current(String businessKey) {
    if (!businessKey.startsWith(FundingRound.KEY_PREFIX)) {
      return null;
    }
    FundingRound round = rounds.requireBusinessKey(businessKey);
    return RoundSummary.markdown(round, rounds.countPlans(round));
  }
}

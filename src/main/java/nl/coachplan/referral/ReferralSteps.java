package nl.coachplan.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The steps of the {@code referral} process, called by expression from its BPMN. */
@Component("referral")
public class ReferralSteps {

  private final Referrals referrals;

  public ReferralSteps(Referrals referrals) {
    this.referrals = referrals;
  }

  /** Two weeks without an answer: the provider is reminded by mail. */
  public void remind(DelegateExecution execution) {
    referrals.remind(execution.getProcessBusinessKey());
  }
}

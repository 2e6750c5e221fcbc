package nl.coachplan.planintake;

import nl.coachplan.engine.LiveCopy;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What is left of the round's fte, as the joint review shows it: every other plan's approval changes it. */
@Component
class RemainingFteCopy implements LiveCopy {

  static final String NAME = ProcessVariables.REMAINING_FTE;

  private final RoundFte roundFte;
  private final PlanRepository repository;

  RemainingFteCopy(RoundFte roundFte, PlanRepository repository) {
    this.roundFte = roundFte;
    this.repository = repository;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public String current(String businessKey) {
    return repository.findByReference(businessKey).map(plan -> text(roundFte, plan)).orElse(null);
  }

  /** 3,52: the form prints the text as it is. */
  static String text(RoundFte roundFte, Plan plan) {
    return Markdown.number(roundFte.remaining(plan));
  }
}

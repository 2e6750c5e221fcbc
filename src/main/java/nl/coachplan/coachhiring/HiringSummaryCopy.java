package nl.coachplan.coachhiring;

import nl.coachplan.engine.LiveCopy;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.Plans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The hiring overview: it shows how much of the round's fte is filled, which other plans' coaches change. */
@Component
class HiringSummaryCopy implements LiveCopy {

  static final String NAME = ProcessVariables.HIRING_SUMMARY;

  private final Plans plans;
  private final Hiring hiring;
  private final PlanRepository planRepository;

  HiringSummaryCopy(Plans plans, Hiring hiring, PlanRepository planRepository) {
    this.plans = plans;
    this.hiring = hiring;
    this.planRepository = planRepository;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public String current(String businessKey) {
    return planRepository.findByReference(businessKey).map(plan -> markdown(plans, hiring, plan)).orElse(null);
  }

  static String markdown(Plans plans, Hiring hiring, Plan plan) {
    return HiringOverview.markdown(plan, plans.profileOf(plan).orElse(null), hiring.vacancies(plan),
        plan.getRound().getGrantedFte(), hiring.filledFte(plan.getRound()));
  }
}

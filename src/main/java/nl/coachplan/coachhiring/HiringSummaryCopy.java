package nl.coachplan.coachhiring;

import nl.coachplan.engine.LiveCopy;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Plans;
import nl.coachplan.planintake.Post;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The hiring overview: it shows how much of the round's fte is filled, which other plans' coaches change. */
@Component
class HiringSummaryCopy implements LiveCopy {

  static final String NAME = ProcessVariables.HIRING_SUMMARY;

  private final Plans plans;
  private final Hiring hiring;

  HiringSummaryCopy(Plans plans, Hiring hiring) {
    this.plans = plans;
    this.hiring = hiring;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional(readOnly = true)
  public String current(String businessKey) {
    return PostKeys.hiringPost(plans, businessKey).map(post -> markdown(plans, hiring, post)).orElse(null);
  }

  static String markdown(Plans plans, Hiring hiring, Post post) {
    Plan plan = post.getPlan();
    return HiringOverview.markdown(post, plans.posts(plan).size(), plans.profileOf(plan).orElse(null), hiring.vacancies(post),
        plan.getRound().getGrantedFte(), hiring.filledFte(plan.getRound()));
  }
}

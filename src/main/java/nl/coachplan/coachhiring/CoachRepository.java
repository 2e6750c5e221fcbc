package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoachRepository extends JpaRepository<Coach, Long> {

  /**
   * Plans of a year's round whose approval still holds fte of that year: approved and not all their
   * posts filled (before the profile, while it is drafted and decided, while hiring, and while an
   * active plan still hires a post). A plan may be left out (the one being decided).
   */
  String COMMITTING = """
      p.approvedFte is not null and p.round.year = :year and (:exceptPlanId is null or p.id <> :exceptPlanId)
        and (p.stage in (nl.coachplan.planintake.PlanStage.DRAFTING, nl.coachplan.planintake.PlanStage.BUDGET_REVIEW,
                         nl.coachplan.planintake.PlanStage.HIRING)
             or p.stage = nl.coachplan.planintake.PlanStage.ACTIVE and exists (
               select o from Post o where o.plan = p and not exists (select h from Coach h where h.post = o)))""";

  @Query("select c from Coach c where c.post = :post")
  Optional<Coach> findByPost(Post post);

  @Query("select c from Coach c join fetch c.post o where o.plan = :plan order by o.number")
  List<Coach> findByPlanOrderByPostNumber(Plan plan);

  /** What the {@link #COMMITTING} plans were approved: their approval holds it until their posts are filled. */
  @Query("select coalesce(sum(p.approvedFte), 0) from Plan p where " + COMMITTING)
  BigDecimal approvedFteOfCommittingPlans(int year, Long exceptPlanId);

  /** What the posts of {@link #COMMITTING} plans that have their coach take of the approval: their contracts hold it. */
  @Query("select coalesce(sum(o.fte), 0) from Coach c join c.post o join o.plan p where " + COMMITTING)
  BigDecimal filledPostFteOfCommittingPlans(int year, Long exceptPlanId);
}

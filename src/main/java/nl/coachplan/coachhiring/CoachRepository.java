package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.util.List;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoachRepository extends JpaRepository<Coach, Long> {

  /** A post of a plan with its coach, or none yet. */
  record Staffing(Post post, Coach coach) {}

  @Query("select c from Coach c join fetch c.post o where o.plan = :plan order by o.number")
  List<Coach> findByPlanOrderByPostNumber(Plan plan);

  /** Each post of the plan with its coach (null while it is being hired), by number. */
  @Query("""
      select new nl.coachplan.coachhiring.CoachRepository$Staffing(o, h)
      from Post o left join Coach h on h.post = o where o.plan = :plan order by o.number""")
  List<Staffing> staffing(Plan plan);

  /**
   * Fte approved for plans of a year's round that still hold them: approved and not every post filled
   * (before the profile, while it is drafted and decided, while hiring, and while an active plan
   * still hires a post), each plan's approved fte less those of its posts that have their coach. Held
   * in that year between the joint review's approval and the appointments, whose contract years then
   * hold them. A plan may be left out (the one being decided). One row per post (or per plan without
   * posts yet): the approved fte count on the first post's row, a filled post's fte on its own.
   */
  @Query("""
      select coalesce(sum(case when o.id is null or o.number = 1 then p.approvedFte else 0 end), 0)
           - coalesce(sum(case when h.id is null then 0 else o.fte end), 0)
      from Plan p left join Post o on o.plan = p left join Coach h on h.post = o
      where p.approvedFte is not null and p.round.year = :year and (:exceptPlanId is null or p.id <> :exceptPlanId)
        and (p.stage in (nl.coachplan.planintake.PlanStage.DRAFTING, nl.coachplan.planintake.PlanStage.BUDGET_REVIEW,
                         nl.coachplan.planintake.PlanStage.HIRING)
             or p.stage = nl.coachplan.planintake.PlanStage.ACTIVE and exists (
               select w from Post w where w.plan = p and not exists (select f from Coach f where f.post = w)))""")
  BigDecimal committedFte(int year, Long exceptPlanId);
}

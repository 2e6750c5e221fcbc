package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

  // Queries are JPQL, here and in every repository, not derived from method names: Hibernate 6 keeps a
  // JPQL string's translation, but translates the criteria query a derived method builds on every call.
  @Query("select p from Plan p where p.reference = :reference")
  Optional<Plan> findByReference(String reference);

  @Query("select p.aanvoerder.slug from Plan p where p.reference = :reference")
  Optional<String> findAanvoerderSlugByReference(String reference);

  /**
   * Fte approved for plans of a year's round that have no coach yet: held in that year between the
   * joint review's approval and the appointment, whose contract years then hold them. A plan may be
   * left out (the one being decided).
   */
  @Query("""
      select coalesce(sum(p.approvedFte), 0) from Plan p
      where p.approvedFte is not null and p.round.year = :year and (:exceptPlanId is null or p.id <> :exceptPlanId)
        and p.stage in (nl.coachplan.planintake.PlanStage.DRAFTING, nl.coachplan.planintake.PlanStage.BUDGET_REVIEW,
                        nl.coachplan.planintake.PlanStage.HIRING)""")
  BigDecimal committedFte(int year, Long exceptPlanId);

  @Query("select count(p) from Plan p where p.stage = :stage")
  long countByStage(PlanStage stage);
}

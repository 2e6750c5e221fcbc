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

  /** Fte given to the round's plans that still hold it, leaving one plan out (the one being decided). */
  @Query("""
      select coalesce(sum(p.approvedFte), 0) from Plan p
      where p.round.id = :roundId and p.approvedFte is not null and p.id <> :exceptPlanId
        and p.stage not in (nl.coachplan.planintake.PlanStage.REJECTED, nl.coachplan.planintake.PlanStage.WITHDRAWN,
                            nl.coachplan.planintake.PlanStage.ENDED)""")
  BigDecimal committedFte(Long roundId, Long exceptPlanId);

  @Query("select count(p) from Plan p where p.stage = :stage")
  long countByStage(PlanStage stage);
}

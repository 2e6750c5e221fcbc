package nl.coachplan.planintake;

import java.util.Collection;
import java.util.List;
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

  /** Each plan's reference and its aanvoerder's slug (a task list's cases, in one statement). */
  @Query("select p.reference, p.aanvoerder.slug from Plan p where p.reference in :references")
  List<Object[]> findAanvoerderSlugsByReferenceIn(Collection<String> references);

  /** Each contribution to these plans as plan reference, contribution id and organisation slug. */
  @Query("select c.plan.reference, c.id, c.organisation.slug from Contribution c where c.plan.reference in :references")
  List<Object[]> findContributionOrganisationsByReferenceIn(Collection<String> references);

  @Query("select count(p) from Plan p where p.stage = :stage")
  long countByStage(PlanStage stage);
}

package nl.coachplan.planintake;

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

  @Query("select count(p) from Plan p where p.stage = :stage")
  long countByStage(PlanStage stage);
}

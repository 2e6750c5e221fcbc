package nl.coachplan.contractrenewal;

import java.util.Optional;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StructuralFundingRepository extends JpaRepository<StructuralFunding, Long> {

  @Query("select s from StructuralFunding s where s.plan = :plan")
  Optional<StructuralFunding> findByPlan(Plan plan);
}

package nl.coachplan.contractrenewal;

import java.util.Optional;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StructuralFundingRepository extends JpaRepository<StructuralFunding, Long> {

  Optional<StructuralFunding> findByPlan(Plan plan);
}

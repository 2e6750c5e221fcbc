package nl.coachplan.contractrenewal;

import java.util.List;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StructuralFundingRepository extends JpaRepository<StructuralFunding, Long> {

  @Query("select s from StructuralFunding s join fetch s.post o where o.plan = :plan order by o.number")
  List<StructuralFunding> findByPlanOrderByPostNumber(Plan plan);
}

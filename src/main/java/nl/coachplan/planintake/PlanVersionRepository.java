package nl.coachplan.planintake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {
  @Query("select v from PlanVersion v where v.plan = :plan order by v.number")
  List<PlanVersion> ofPlan(Plan plan);

  @Query("select coalesce(max(v.number), 0) from PlanVersion v where v.plan = :plan")
  int lastNumber(Plan plan);
}

package nl.coachplan.coachhiring;

import java.util.Optional;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoachRepository extends JpaRepository<Coach, Long> {

  @Query("select c from Coach c where c.plan = :plan")
  Optional<Coach> findByPlan(Plan plan);
}

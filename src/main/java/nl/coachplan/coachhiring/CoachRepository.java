package nl.coachplan.coachhiring;

import java.util.Optional;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoachRepository extends JpaRepository<Coach, Long> {

  Optional<Coach> findByPlan(Plan plan);
}

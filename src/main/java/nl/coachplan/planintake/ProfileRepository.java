package nl.coachplan.planintake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProfileRepository extends JpaRepository<Profile, Long> {
  @Query("select p from Profile p where p.plan = :plan")
  Optional<Profile> findByPlan(Plan plan);
}

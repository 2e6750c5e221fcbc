package nl.coachplan.planintake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BudgetRepository extends JpaRepository<Budget, Long> {
  @Query("select b from Budget b where b.plan = :plan")
  Optional<Budget> findByPlan(Plan plan);
}

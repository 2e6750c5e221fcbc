package nl.coachplan.coachhiring;

import java.util.List;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VacancyRepository extends JpaRepository<Vacancy, Long> {

  @Query("select v from Vacancy v where v.plan = :plan order by v.attempt")
  List<Vacancy> findByPlanOrderByAttemptAsc(Plan plan);
}

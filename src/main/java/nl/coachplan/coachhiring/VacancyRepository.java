package nl.coachplan.coachhiring;

import java.util.List;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VacancyRepository extends JpaRepository<Vacancy, Long> {

  List<Vacancy> findByPlanOrderByAttemptAsc(Plan plan);
}

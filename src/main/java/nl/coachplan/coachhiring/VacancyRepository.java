package nl.coachplan.coachhiring;

import java.util.List;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VacancyRepository extends JpaRepository<Vacancy, Long> {

  @Query("select v from Vacancy v where v.post = :post order by v.attempt")
  List<Vacancy> findByPostOrderByAttemptAsc(Post post);

  @Query("select v from Vacancy v join fetch v.post o where o.plan = :plan order by o.number, v.attempt")
  List<Vacancy> findByPlanOrderByPostNumberAndAttempt(Plan plan);
}

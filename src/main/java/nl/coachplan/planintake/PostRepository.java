package nl.coachplan.planintake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long> {

  @Query("select p from Post p where p.plan = :plan order by p.number")
  List<Post> findByPlanOrderByNumber(Plan plan);

  @Query("select p from Post p join fetch p.plan where p.plan.reference = :reference and p.number = :number")
  Optional<Post> findByPlanReferenceAndNumber(String reference, int number);

  @Query("select count(p) from Post p where p.plan = :plan")
  long countByPlan(Plan plan);
}

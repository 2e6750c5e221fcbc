package nl.coachplan.wijkcollaboration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WijkEvaluationRepository extends JpaRepository<WijkEvaluation, Long> {

  @Query("select e from WijkEvaluation e where e.wijk.code = :code order by e.evaluationYear desc")
  List<WijkEvaluation> findOfWijk(String code);

  @Query("select count(e) from WijkEvaluation e where e.wijk.id = :wijk and e.evaluationYear = :year")
  long countOfYear(long wijk, int year);
}

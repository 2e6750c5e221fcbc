package nl.coachplan.planintake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRecordRepository extends JpaRepository<ReviewRecord, Long> {
  List<ReviewRecord> findByPlanOrderByRecordedAtAscIdAsc(Plan plan);
}

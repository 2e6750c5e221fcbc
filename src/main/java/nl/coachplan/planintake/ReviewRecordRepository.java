package nl.coachplan.planintake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRecordRepository extends JpaRepository<ReviewRecord, Long> {
  @Query("select r from ReviewRecord r where r.plan = :plan order by r.recordedAt, r.id")
  List<ReviewRecord> findByPlanOrderByRecordedAtAscIdAsc(Plan plan);
}

package nl.coachplan.activitylisting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

  @Query("select distinct a from Activity a join fetch a.provider join a.wijken w where w.code = :wijk and a.status = :status order by a.title")
  List<Activity> findInWijk(String wijk, ActivityStatus status);

  @Query("select distinct a from Activity a join fetch a.provider where a.provider.slug in :providers and a.status <> :except order by a.title")
  List<Activity> findOfProviders(List<String> providers, ActivityStatus except);

  @Query("select a from Activity a join fetch a.provider where a.status <> :except order by a.title")
  List<Activity> findAllExcept(ActivityStatus except);

  @Query("select count(distinct a) from Activity a join a.wijken w where w.code = :wijk and a.status = :status")
  long countInWijk(String wijk, ActivityStatus status);
}

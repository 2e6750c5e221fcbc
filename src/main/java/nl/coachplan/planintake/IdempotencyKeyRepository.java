package nl.coachplan.planintake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdempotencyKeyRepository extends JpaRepository<IdempotencyKey, Long> {

  @Query("select k from IdempotencyKey k where k.userId = :userId and k.keyValue = :keyValue")
  Optional<IdempotencyKey> findByUserIdAndKeyValue(String userId, String keyValue);
}

package nl.coachplan.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

  @Query("select m.id from OutgoingMail m where m.sentAt is null and m.dueAt <= :now order by m.dueAt, m.id")
  List<Long> due(Instant now, Pageable page);

  /** Claims a mail for this node; a node that finds it claimed leaves it (several nodes, one send). */
  @Modifying
  @Transactional
  @Query("""
      update OutgoingMail m set m.lockedUntil = :until, m.lockedBy = :node
      where m.id = :id and m.sentAt is null and (m.lockedUntil is null or m.lockedUntil < :now)""")
  int claim(Long id, String node, Instant now, Instant until);

  @Modifying
  @Transactional
  @Query("update OutgoingMail m set m.sentAt = :at, m.lockedUntil = null where m.id = :id")
  void sent(Long id, Instant at);

  @Modifying
  @Transactional
  @Query("""
      update OutgoingMail m set m.attempts = m.attempts + 1, m.lastError = :error, m.dueAt = :retryAt, m.lockedUntil = null
      where m.id = :id""")
  void failed(Long id, String error, Instant retryAt);
}

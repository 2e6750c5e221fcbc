package nl.coachplan.fundinground;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FundingRoundRepository extends JpaRepository<FundingRound, Long> {

  Optional<FundingRound> findByMunicipalityCodeAndYear(String municipalityCode, int year);

  /** Locks the round so two plans submitted at once never get the same reference. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from FundingRound r where r.id = :id")
  Optional<FundingRound> lockById(Long id);

  @Query(value = "select count(*) from plan where round_id = :roundId", nativeQuery = true)
  long countPlans(Long roundId);
}

package nl.coachplan.fundinground;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundingRoundRepository extends JpaRepository<FundingRound, Long> {

  @Query("select r from FundingRound r where r.municipality.code = :municipalityCode and r.year = :year")
  Optional<FundingRound> findByMunicipalityCodeAndYear(String municipalityCode, int year);

  @Query("select r.year from FundingRound r where r.municipality.code = :municipalityCode order by r.year desc")
  java.util.List<Integer> years(String municipalityCode);

  /** The allocation that stands in a year: the latest round's up to that year, first. */
  @Query("select r.grantedFte from FundingRound r where r.municipality.code = :municipalityCode and r.year <= :year order by r.year desc")
  java.util.List<java.math.BigDecimal> allocations(String municipalityCode, int year, org.springframework.data.domain.Pageable first);

  @Query(value = "select count(*) from plan where round_id = :roundId", nativeQuery = true)
  long countPlans(Long roundId);
}

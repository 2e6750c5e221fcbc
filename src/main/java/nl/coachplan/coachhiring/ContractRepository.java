package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.coachplan.planintake.Plan;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, Long> {

  @Query("select c from Contract c join fetch c.post o where c.plan = :plan order by o.number, c.contractYear")
  List<Contract> findByPlanOrderByPostNumberAndContractYear(Plan plan);

  @Query("""
      select c from Contract c join c.post o
      where c.plan.reference = :reference and o.number = :postNumber and c.contractYear = :contractYear""")
  Optional<Contract> findContractYear(String reference, int postNumber, int contractYear);

  /**
   * The fte each coach holds in a period: the most of its contract years that fall in it, a
   * structurally funded one until the day the local funding began.
   */
  @Query("""
      select max(c.fte) from Contract c
      where c.startDate <= :last and c.endDate >= :first
        and (c.status <> nl.coachplan.coachhiring.ContractStatus.STRUCTURAL or c.locallyFundedFrom > :first)
      group by c.coach.id""")
  List<BigDecimal> heldFtePerCoach(java.time.LocalDate first, java.time.LocalDate last);

  /** The round's filled fte: coaches on an active or structural contract. */
  @Query("""
      select coalesce(sum(c.fte), 0) from Contract c
      where c.plan.round.id = :roundId
        and c.status in (nl.coachplan.coachhiring.ContractStatus.ACTIVE, nl.coachplan.coachhiring.ContractStatus.STRUCTURAL)""")
  BigDecimal filledFte(Long roundId);
}

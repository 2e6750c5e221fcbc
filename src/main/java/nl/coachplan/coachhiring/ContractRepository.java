package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;
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

  /**
   * The fte of the plan's posts other than this one: a post's running contract year, or its planned
   * fte while it is being hired; posts ended or funded structurally count none.
   */
  @Query("""
      select coalesce(sum(case when c.id is not null then c.fte when h.id is null then o.fte else 0 end), 0)
      from Post o left join Coach h on h.post = o
        left join Contract c on c.post = o and c.status = nl.coachplan.coachhiring.ContractStatus.ACTIVE
      where o.plan = :plan and o <> :post""")
  BigDecimal fteOfOtherPosts(Plan plan, Post post);

  /** How each post of the plan has concluded: ENDED or STRUCTURAL, or null while it runs or is being hired. */
  @Query("""
      select c.status from Post o left join Contract c on c.post = o
        and c.status in (nl.coachplan.coachhiring.ContractStatus.ENDED, nl.coachplan.coachhiring.ContractStatus.STRUCTURAL)
      where o.plan = :plan""")
  List<ContractStatus> conclusionOfEachPost(Plan plan);

  /** The round's filled fte: coaches on an active or structural contract. */
  @Query("""
      select coalesce(sum(c.fte), 0) from Contract c
      where c.plan.round.id = :roundId
        and c.status in (nl.coachplan.coachhiring.ContractStatus.ACTIVE, nl.coachplan.coachhiring.ContractStatus.STRUCTURAL)""")
  BigDecimal filledFte(Long roundId);
}

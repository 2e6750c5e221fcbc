package nl.coachplan.contractrenewal;

import java.util.List;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.planintake.Contribution;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReconfirmationRepository extends JpaRepository<Reconfirmation, Long> {

  @Query("select r from Reconfirmation r where r.contract = :contract order by r.id")
  List<Reconfirmation> findByContractOrderByIdAsc(Contract contract);

  @Query("select r from Reconfirmation r where r.contract = :contract and r.contribution = :contribution")
  Optional<Reconfirmation> findByContractAndContribution(Contract contract, Contribution contribution);
}

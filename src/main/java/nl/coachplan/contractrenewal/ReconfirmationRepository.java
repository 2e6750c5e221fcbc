package nl.coachplan.contractrenewal;

import java.util.List;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.planintake.Contribution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReconfirmationRepository extends JpaRepository<Reconfirmation, Long> {

  List<Reconfirmation> findByContractOrderByIdAsc(Contract contract);

  Optional<Reconfirmation> findByContractAndContribution(Contract contract, Contribution contribution);
}

package nl.coachplan.contractrenewal;

import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RenewalRepository extends JpaRepository<Renewal, Long> {

  @Query("select r from Renewal r where r.contract = :contract")
  Optional<Renewal> findByContract(Contract contract);
}

package nl.coachplan.contractrenewal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YearFiguresRepository extends JpaRepository<YearFigures, Long> {

  @Query("select f from YearFigures f where f.contract = :contract")
  Optional<YearFigures> findByContract(Contract contract);

  @Query("select f from YearFigures f where f.contract in :contracts")
  List<YearFigures> findByContractIn(Collection<Contract> contracts);
}

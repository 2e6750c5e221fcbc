package nl.coachplan.contractrenewal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YearReportRepository extends JpaRepository<YearReport, Long> {

  @Query("select r from YearReport r where r.contract = :contract")
  Optional<YearReport> findByContract(Contract contract);

  @Query("select r from YearReport r where r.contract in :contracts")
  List<YearReport> findByContractIn(Collection<Contract> contracts);
}

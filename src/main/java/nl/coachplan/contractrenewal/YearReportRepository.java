package nl.coachplan.contractrenewal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YearReportRepository extends JpaRepository<YearReport, Long> {

  Optional<YearReport> findByContract(Contract contract);

  List<YearReport> findByContractIn(Collection<Contract> contracts);
}

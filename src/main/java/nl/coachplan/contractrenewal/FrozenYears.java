package nl.coachplan.contractrenewal;

import java.util.List;
import java.util.Optional;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.Plans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes a contract year's figures for the monitor per municipality-year. The first freeze of a
 * year holds: the report freezes them, a renewal, structural funding or end does so if the report
 * did not, always before the renewal rewrites the plan's budget for the next year.
 */
@Service
@Transactional
public class FrozenYears {

  private final YearFiguresRepository figures;
  private final YearReportRepository reports;
  private final Plans plans;
  private final CurrentUser currentUser;

  public FrozenYears(YearFiguresRepository figures, YearReportRepository reports, Plans plans, CurrentUser currentUser) {
    this.figures = figures;
    this.reports = reports;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  /** @param participantsReached the report's, or null to take them from the report if there is one */
  public YearFigures freeze(Contract contract, Integer participantsReached) {
    Optional<YearFigures> frozen = figures.findByContract(contract);
    if (frozen.isPresent()) {
      frozen.get().reached(participantsReached);
      return frozen.get();
    }
    Integer reached = participantsReached != null ? participantsReached
        : reports.findByContract(contract).map(YearReport::getParticipantsReached).orElse(null);
    return figures.save(new YearFigures(contract, plans.profileOf(contract.getPlan()).orElse(null),
        plans.budget(contract.getPlan()).orElse(null), reached, currentUser.id(), ProcessValues.now()));
  }

  @Transactional(readOnly = true)
  public List<YearFigures> of(List<Contract> contracts) {
    return contracts.isEmpty() ? List.of() : figures.findByContractIn(contracts);
  }
}

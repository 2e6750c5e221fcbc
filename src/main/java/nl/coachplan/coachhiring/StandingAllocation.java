package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.engine.Markdown;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.fundinground.FundingRoundRepository;
import nl.coachplan.fundinground.FundingRounds;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.FteAllocation;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.validation.InvalidFormDataException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Rijk's fte as a standing allocation per calendar year. The round of a year states the
 * allocation for that year, and it stands in later years until a later round states another. In a
 * year, fte are held by
 * <ul>
 *   <li><b>committed</b> plans of the year's round: approved and still without a coach;</li>
 *   <li><b>filled</b> posts: each coach once, with the fte of its contract years that fall in the
 *   year, whichever round approved the plan. Structural funding frees them from its first day.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class StandingAllocation implements FteAllocation {

  /** A year's figures, as {@code GET /api/v1/fte/{year}} answers them. */
  public record Year(int year, BigDecimal allocatedFte, BigDecimal committedFte, BigDecimal filledFte, BigDecimal availableFte) {}

  private final FundingRoundRepository rounds;
  private final PlanRepository plans;
  private final ContractRepository contracts;
  private final Organisations organisations;
  private final FundingRounds fundingRounds;
  private final FundingRules rules;

  public StandingAllocation(FundingRoundRepository rounds, PlanRepository plans, ContractRepository contracts,
      Organisations organisations, FundingRounds fundingRounds, FundingRules rules) {
    this.fundingRounds = fundingRounds;
    this.rules = rules;
    this.rounds = rounds;
    this.plans = plans;
    this.contracts = contracts;
    this.organisations = organisations;
  }

  public Year year(int year) {
    BigDecimal allocated = allocated(year);
    BigDecimal committed = plans.committedFte(year, null);
    BigDecimal filled = filled(year, null);
    return new Year(year, allocated, committed, filled, rules.availableFte(allocated, committed, filled));
  }

  /** Each year from the first to the last, for the dashboard's view over the years. */
  public List<Year> years(int first, int last) {
    List<Year> years = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      years.add(year(year));
    }
    return years;
  }

  @Override
  public BigDecimal available(int year, Plan leavingOut) {
    Long planId = leavingOut == null ? null : leavingOut.getId();
    return rules.availableFte(allocated(year), plans.committedFte(year, planId), filled(year, planId));
  }

  /**
   * What stops a contract of this plan with these dates and fte: a year it falls in without that
   * much free. The rounds of those years stay locked until the appointment commits, so two
   * appointments never both take a year's last free fte.
   */
  @Transactional
  List<InvalidFormDataException.Violation> refusals(Plan plan, LocalDate start, LocalDate end, BigDecimal fte) {
    List<InvalidFormDataException.Violation> refusals = new ArrayList<>();
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      rounds.findByMunicipalityCodeAndYear(organisations.municipalityCode(), year).ifPresent(r -> fundingRounds.lock(r.getId()));
      BigDecimal free = available(year, plan);
      if (fte.compareTo(free) > 0) {
        refusals.add(new InvalidFormDataException.Violation("hoursPerWeek", "In " + year + " is nog " + Markdown.number(
            free.max(BigDecimal.ZERO)) + " fte van de rijkstoekenning vrij; deze aanstelling vraagt " + Markdown.number(fte) + " fte."));
        break;
      }
    }
    return refusals;
  }

  private BigDecimal allocated(int year) {
    return rounds.allocations(organisations.municipalityCode(), year, PageRequest.of(0, 1)).stream().findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private BigDecimal filled(int year, Long leavingOutPlan) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return contracts.heldFtePerCoach(first, last, leavingOutPlan == null ? -1L : leavingOutPlan).stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

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
import nl.coachplan.planintake.Post;
import nl.coachplan.validation.InvalidFormDataException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Rijk's fte as a standing allocation per calendar year. The round of a year states the
 * allocation for that year, and it stands in later years until a later round states another. In a
 * year, fte are held by
 * <ul>
 *   <li><b>committed</b> plans of the year's round: approved and not yet every post filled, each
 *   with its approved fte less the fte of its posts that have their coach;</li>
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
  private final CoachRepository coaches;
  private final ContractRepository contracts;
  private final Organisations organisations;
  private final FundingRounds fundingRounds;
  private final FundingRules rules;

  public StandingAllocation(FundingRoundRepository rounds, CoachRepository coaches, ContractRepository contracts,
      Organisations organisations, FundingRounds fundingRounds, FundingRules rules) {
    this.fundingRounds = fundingRounds;
    this.rules = rules;
    this.rounds = rounds;
    this.coaches = coaches;
    this.contracts = contracts;
    this.organisations = organisations;
  }

  public Year year(int year) {
    BigDecimal allocated = allocated(year);
    BigDecimal committed = committed(year, null);
    BigDecimal filled = filled(year);
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
    return rules.availableFte(allocated(year), committed(year, leavingOut == null ? null : leavingOut.getId()), filled(year));
  }

  /**
   * What stops a contract of this post with these dates and fte: a year it falls in without that
   * much free. In its plan's round year the appointment takes over what the plan's approval held for
   * the post. The rounds of those years stay locked until the appointment commits, so two
   * appointments never both take a year's last free fte.
   */
  @Transactional
  List<InvalidFormDataException.Violation> refusals(Post post, List<CoachRepository.Staffing> staffing, LocalDate start,
      LocalDate end, BigDecimal fte) {
    Plan plan = post.getPlan();
    List<InvalidFormDataException.Violation> refusals = new ArrayList<>();
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      rounds.findByMunicipalityCodeAndYear(organisations.municipalityCode(), year).ifPresent(r -> fundingRounds.lock(r.getId()));
      BigDecimal free = available(year, plan);
      if (year == plan.getRound().getYear()) {
        free = free.subtract(stillCommittedOnceFilled(post, staffing));
      }
      if (fte.compareTo(free) > 0) {
        refusals.add(new InvalidFormDataException.Violation("hoursPerWeek", "In " + year + " is nog " + Markdown.number(
            free.max(BigDecimal.ZERO)) + " fte van de rijkstoekenning vrij; deze aanstelling vraagt " + Markdown.number(fte) + " fte."));
        break;
      }
    }
    return refusals;
  }

  /**
   * What the plan's approval still holds once this post has its coach ({@link CoachRepository#committedFte}
   * for one plan): the approved fte less its filled posts', while another post still waits for its
   * coach; nothing once every post has one.
   */
  private static BigDecimal stillCommittedOnceFilled(Post post, List<CoachRepository.Staffing> staffing) {
    Plan plan = post.getPlan();
    boolean anotherOpen = staffing.stream().anyMatch(s -> s.coach() == null && !s.post().getId().equals(post.getId()));
    if (!anotherOpen || plan.getApprovedFte() == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal taken = staffing.stream().filter(s -> s.coach() != null || s.post().getId().equals(post.getId()))
        .map(s -> s.post().getFte()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return plan.getApprovedFte().subtract(taken).max(BigDecimal.ZERO);
  }

  /** Approved fte of the year's round that plans hold until their posts are filled. */
  private BigDecimal committed(int year, Long leavingOutPlan) {
    return coaches.committedFte(year, leavingOutPlan);
  }

  private BigDecimal allocated(int year) {
    return rounds.allocations(organisations.municipalityCode(), year, PageRequest.of(0, 1)).stream().findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private BigDecimal filled(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return contracts.heldFtePerCoach(first, last).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

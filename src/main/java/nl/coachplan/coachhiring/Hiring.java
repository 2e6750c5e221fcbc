package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.planintake.ApprovedPlans;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hiring the coach of each post of an approved plan: vacancies, selection, the appointment and its contract year 1. */
@Service
@Transactional
public class Hiring {

  private final VacancyRepository vacancies;
  private final CoachRepository coaches;
  private final ContractRepository contracts;
  private final ApprovedPlans approvedPlans;
  private final StandingAllocation allocation;
  private final FundingRules rules;
  private final CurrentUser currentUser;

  public Hiring(VacancyRepository vacancies, CoachRepository coaches, ContractRepository contracts, ApprovedPlans approvedPlans,
      StandingAllocation allocation, FundingRules rules, CurrentUser currentUser) {
    this.allocation = allocation;
    this.vacancies = vacancies;
    this.coaches = coaches;
    this.contracts = contracts;
    this.approvedPlans = approvedPlans;
    this.rules = rules;
    this.currentUser = currentUser;
  }

  public Vacancy openVacancy(Post post, HiringForms.VacancyForm form) {
    if (form.closingDate().isBefore(ProcessValues.today())) {
      throw InvalidFormDataException.of("closingDate", "De sluitingsdatum van de vacature ligt in het verleden.");
    }
    if (form.closingDate().isAfter(ProcessValues.today().plusYears(1))) {
      throw InvalidFormDataException.of("closingDate", "De sluitingsdatum ligt meer dan een jaar vooruit.");
    }
    int attempt = vacancies.findByPostOrderByAttemptAsc(post).size() + 1;
    return vacancies.save(new Vacancy(post, attempt, form.vacancyText().trim(), form.closingDate(),
        Boolean.TRUE.equals(form.internalCandidateRoute()), currentUser.id(), ProcessValues.now()));
  }

  public void select(Post post, HiringForms.Selection form) {
    if ("noSuitableCandidate".equals(form.selectionOutcome()) && blank(form.selectionRemarks())) {
      throw InvalidFormDataException.of("selectionRemarks", "Licht toe waarom geen kandidaat geschikt was; dat helpt bij de nieuwe vacature.");
    }
    currentVacancy(post).close(form.selectionOutcome(), blank(form.selectionRemarks()) ? null : form.selectionRemarks().trim());
  }

  /**
   * Appoints the post's coach: contract year 1 starts. Its fte (hours per week / the employer's
   * full-time week) may not exceed what the approval leaves next to the plan's other posts. The
   * plan's approval held its fte in its round's year; the contract holds them in each year it falls
   * in, so each of those must have them free.
   */
  public Contract appoint(Post post, HiringForms.Appointment form) {
    Plan plan = post.getPlan();
    List<Violation> violations = new ArrayList<>();
    LocalDate end = form.contractEndDate() != null ? form.contractEndDate() : form.startDate().plusYears(1).minusDays(1);
    Vacancy vacancy = currentVacancy(post);
    if (form.startDate().isBefore(vacancy.getClosingDate())) {
      violations.add(new Violation("startDate", "De startdatum ligt vóór de sluitingsdatum van de vacature ("
          + Markdown.date(vacancy.getClosingDate()) + ")."));
    }
    if (!end.isAfter(form.startDate())) {
      violations.add(new Violation("contractEndDate", "De einddatum van het contract moet na de startdatum liggen."));
    } else if (end.isAfter(form.startDate().plusYears(1))) {
      violations.add(new Violation("contractEndDate", "Een jaarcontract duurt hoogstens een jaar."));
    }
    BigDecimal fte = rules.fteFromHours(form.hoursPerWeek(), post.getFullTimeHours());
    BigDecimal rounded = fte.setScale(2, RoundingMode.HALF_UP);
    List<CoachRepository.Staffing> staffing = coaches.staffing(plan);
    if (plan.getApprovedFte() != null) {
      BigDecimal others = staffing.stream().map(CoachRepository.Staffing::post).filter(p -> !p.getId().equals(post.getId()))
          .map(Post::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal room = plan.getApprovedFte().subtract(others);
      if (rounded.compareTo(room) > 0) {
        String asked = "Met " + Markdown.number(form.hoursPerWeek()) + " uur per week wordt de coach " + Markdown.number(rounded) + " fte";
        violations.add(new Violation("hoursPerWeek", others.signum() == 0
            ? asked + ", meer dan de goedgekeurde " + Markdown.number(plan.getApprovedFte()) + " fte."
            : asked + "; van de goedgekeurde " + Markdown.number(plan.getApprovedFte()) + " fte laten de andere posts ("
                + Markdown.number(others.setScale(2, RoundingMode.HALF_UP)) + " fte) " + Markdown.number(room.setScale(2, RoundingMode.HALF_UP))
                + " fte voor post " + post.getNumber() + "."));
      }
    }
    if (violations.isEmpty()) {
      violations.addAll(allocation.refusals(post, staffing, form.startDate(), end, rounded));
    }
    if (staffing.stream().anyMatch(s -> s.post().getId().equals(post.getId()) && s.coach() != null)) {
      violations.add(new Violation("coachName", "Voor deze post is al een coach aangesteld."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    Coach coach = coaches.save(new Coach(post, form.coachName().trim(), Boolean.TRUE.equals(form.trainee()), currentUser.id(), ProcessValues.now()));
    Contract contract = contracts.save(new Contract(post, coach, 1, form.startDate(), end, form.hoursPerWeek(), fte));
    approvedPlans.activate(plan);
    return contract;
  }

  /** Every contract year of the plan, by post. */
  @Transactional(readOnly = true)
  public List<Contract> contracts(Plan plan) {
    return contracts.findByPlanOrderByPostNumberAndContractYear(plan);
  }

  @Transactional(readOnly = true)
  public List<Vacancy> vacancies(Post post) {
    return vacancies.findByPostOrderByAttemptAsc(post);
  }

  /** Every vacancy of the plan, by post. */
  @Transactional(readOnly = true)
  public List<Vacancy> vacancies(Plan plan) {
    return vacancies.findByPlanOrderByPostNumberAndAttempt(plan);
  }

  /** The plan's coaches, by post. */
  @Transactional(readOnly = true)
  public List<Coach> coaches(Plan plan) {
    return coaches.findByPlanOrderByPostNumber(plan);
  }

  @Transactional(readOnly = true)
  public BigDecimal filledFte(FundingRound round) {
    return contracts.filledFte(round.getId());
  }

  private Vacancy currentVacancy(Post post) {
    List<Vacancy> all = vacancies.findByPostOrderByAttemptAsc(post);
    if (all.isEmpty()) {
      throw new IllegalStateException("Post " + post.getNumber() + " of plan " + post.getPlan().getReference() + " has no vacancy");
    }
    return all.get(all.size() - 1);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

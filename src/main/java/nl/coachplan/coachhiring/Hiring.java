package nl.coachplan.coachhiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.planintake.ApprovedPlans;
import nl.coachplan.planintake.Plan;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hiring the coach of an approved plan: vacancies, selection, the appointment and its contract year 1. */
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

  public Vacancy openVacancy(Plan plan, HiringForms.VacancyForm form) {
    if (form.closingDate().isBefore(ProcessValues.today())) {
      throw InvalidFormDataException.of("closingDate", "De sluitingsdatum van de vacature ligt in het verleden.");
    }
    if (form.closingDate().isAfter(ProcessValues.today().plusYears(1))) {
      throw InvalidFormDataException.of("closingDate", "De sluitingsdatum ligt meer dan een jaar vooruit.");
    }
    int attempt = vacancies.findByPlanOrderByAttemptAsc(plan).size() + 1;
    return vacancies.save(new Vacancy(plan, attempt, form.vacancyText().trim(), form.closingDate(),
        Boolean.TRUE.equals(form.internalCandidateRoute()), currentUser.id(), ProcessValues.now()));
  }

  public void select(Plan plan, HiringForms.Selection form) {
    if ("noSuitableCandidate".equals(form.selectionOutcome()) && blank(form.selectionRemarks())) {
      throw InvalidFormDataException.of("selectionRemarks", "Licht toe waarom geen kandidaat geschikt was; dat helpt bij de nieuwe vacature.");
    }
    currentVacancy(plan).close(form.selectionOutcome(), blank(form.selectionRemarks()) ? null : form.selectionRemarks().trim());
  }

  /**
   * Appoints the coach: contract year 1 starts. The plan's approval held its fte in its round's
   * year; the contract holds them in each year it falls in, so each of those must have them free.
   */
  public Contract appoint(Plan plan, HiringForms.Appointment form) {
    List<Violation> violations = new ArrayList<>();
    LocalDate end = form.contractEndDate() != null ? form.contractEndDate() : form.startDate().plusYears(1).minusDays(1);
    Vacancy vacancy = currentVacancy(plan);
    if (form.startDate().isBefore(vacancy.getClosingDate())) {
      violations.add(new Violation("startDate", "De startdatum ligt vóór de sluitingsdatum van de vacature ("
          + Markdown.date(vacancy.getClosingDate()) + ")."));
    }
    if (!end.isAfter(form.startDate())) {
      violations.add(new Violation("contractEndDate", "De einddatum van het contract moet na de startdatum liggen."));
    } else if (end.isAfter(form.startDate().plusYears(1))) {
      violations.add(new Violation("contractEndDate", "Een jaarcontract duurt hoogstens een jaar."));
    }
    BigDecimal fte = rules.fteFromHours(form.hoursPerWeek());
    if (plan.getApprovedFte() != null && fte.setScale(2, RoundingMode.HALF_UP).compareTo(plan.getApprovedFte()) > 0) {
      violations.add(new Violation("hoursPerWeek", "Met " + Markdown.number(form.hoursPerWeek()) + " uur per week wordt de coach "
          + Markdown.number(fte.setScale(2, RoundingMode.HALF_UP)) + " fte, meer dan de goedgekeurde "
          + Markdown.number(plan.getApprovedFte()) + " fte."));
    }
    if (violations.isEmpty()) {
      violations.addAll(allocation.refusals(plan, form.startDate(), end, fte.setScale(2, RoundingMode.HALF_UP)));
    }
    if (coaches.findByPlan(plan).isPresent()) {
      violations.add(new Violation("coachName", "Voor dit plan is al een coach aangesteld."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    Coach coach = coaches.save(new Coach(plan, form.coachName().trim(), Boolean.TRUE.equals(form.trainee()), currentUser.id(), ProcessValues.now()));
    Contract contract = contracts.save(new Contract(plan, coach, 1, form.startDate(), end, form.hoursPerWeek(), fte));
    approvedPlans.activate(plan);
    return contract;
  }

  @Transactional(readOnly = true)
  public List<Contract> contracts(Plan plan) {
    return contracts.findByPlanOrderByContractYearAsc(plan);
  }

  @Transactional(readOnly = true)
  public List<Vacancy> vacancies(Plan plan) {
    return vacancies.findByPlanOrderByAttemptAsc(plan);
  }

  @Transactional(readOnly = true)
  public Optional<Coach> coach(Plan plan) {
    return coaches.findByPlan(plan);
  }

  @Transactional(readOnly = true)
  public BigDecimal filledFte(FundingRound round) {
    return contracts.filledFte(round.getId());
  }

  private Vacancy currentVacancy(Plan plan) {
    List<Vacancy> all = vacancies.findByPlanOrderByAttemptAsc(plan);
    if (all.isEmpty()) {
      throw new IllegalStateException("Plan " + plan.getReference() + " has no vacancy");
    }
    return all.get(all.size() - 1);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

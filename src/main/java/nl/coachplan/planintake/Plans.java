package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.funding.Financing;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.funding.FundingRules;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.fundinground.FundingRounds;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.Submission;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import nl.coachplan.validation.Forbidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case side of plan intake: every rule a plan, its contributions, profile and budget must
 * meet, whichever way the data arrives. Runs inside the engine's transaction.
 */
@Service
@Transactional
public class Plans {

  private final PlanRepository plans;
  private final ContributionRepository contributions;
  private final ProfileRepository profiles;
  private final BudgetRepository budgets;
  private final ReviewRecordRepository reviews;
  private final PlanVersionRepository versions;
  private final FundingRounds rounds;
  private final Organisations organisations;
  private final FundingRules rules;
  private final CurrentUser currentUser;
  private final AccessPolicy policy;

  public Plans(PlanRepository plans, ContributionRepository contributions, ProfileRepository profiles,
      BudgetRepository budgets, ReviewRecordRepository reviews, PlanVersionRepository versions, FundingRounds rounds,
      Organisations organisations, FundingRules rules, CurrentUser currentUser, AccessPolicy policy) {
    this.plans = plans;
    this.contributions = contributions;
    this.profiles = profiles;
    this.budgets = budgets;
    this.reviews = reviews;
    this.versions = versions;
    this.rounds = rounds;
    this.organisations = organisations;
    this.rules = rules;
    this.currentUser = currentUser;
    this.policy = policy;
  }

  @Transactional(readOnly = true)
  public Plan require(long planId) {
    return plans.findById(planId).orElseThrow(() -> new IllegalStateException("Plan " + planId + " bestaat niet"));
  }

  @Transactional(readOnly = true)
  public Plan requireReference(String reference) {
    return plans.findByReference(reference).orElseThrow(() -> new IllegalStateException("Plan " + reference + " bestaat niet"));
  }

  @Transactional(readOnly = true)
  public Contribution contribution(long contributionId) {
    return contributions.findById(contributionId)
        .orElseThrow(() -> new IllegalStateException("Bijdrage " + contributionId + " bestaat niet"));
  }

  /**
   * A reference reserved for this thread's next submission in a round (see {@link PlanSubmissions}):
   * handed out in a short transaction of its own, so submissions of one round need not wait for
   * each other's whole transaction behind the round's lock.
   */
  private static final ThreadLocal<Reservation> RESERVED = new ThreadLocal<>();

  private record Reservation(int year, String reference) {}

  static void reserve(int year, String reference) {
    RESERVED.set(new Reservation(year, reference));
  }

  static void clearReservation() {
    RESERVED.remove();
  }

  private record Checked(Organisation aanvoerder, FundingRound round, Map<String, Organisation> spelers) {}

  /** Checks a submission as {@link #submit} will, without writing anything. */
  @Transactional(readOnly = true)
  public void check(Submission form) {
    checked(form);
  }

  private Checked checked(Submission form) {
    Organisation aanvoerder = aanvoerderOf(form);
    FundingRound known = rounds.requireYear("roundYear", form.roundYear());
    if (!known.isCallOpen()) {
      throw InvalidFormDataException.of("roundYear", "De oproep voor plannen van ronde " + form.roundYear()
          + " is " + (known.getCallStatus().name().equals("CLOSED") ? "gesloten" : "nog niet geopend")
          + "; er kunnen nu geen plannen worden ingediend.");
    }
    List<Violation> violations = new ArrayList<>();
    checkPlan(form, known, aanvoerder, violations);
    Map<String, Organisation> spelers = checkContributions(form.contributionsOrEmpty(), aanvoerder, violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    return new Checked(aanvoerder, known, spelers);
  }

  /** A new plan in an open call, with a fresh reference P-&lt;year&gt;-&lt;nnn&gt;. */
  public Plan submit(Submission form) {
    Checked checked = checked(form);
    Reservation reserved = RESERVED.get();
    RESERVED.remove();
    Plan plan;
    if (reserved != null && reserved.year() == form.roundYear()) {
      plan = new Plan(reserved.reference(), checked.round(), checked.aanvoerder(), currentUser.id(), ProcessValues.now());
    } else {
      FundingRound round = rounds.lockYear("roundYear", form.roundYear());
      plan = new Plan(round.nextPlanReference(), round, checked.aanvoerder(), currentUser.id(), ProcessValues.now());
    }
    describe(plan, form, checked.spelers());
    plans.save(plan);
    versions.save(new PlanVersion(plan, 1, currentUser.id(), ProcessValues.now()));
    return plan;
  }

  /** The aanvoerder revises the plan; changed or new contributions are confirmed again. */
  public void revise(Plan plan, Submission form) {
    List<Violation> violations = new ArrayList<>();
    if (form.roundYear() != null && plan.getRound().getYear() != form.roundYear()) {
      violations.add(new Violation("roundYear", "De ronde van een ingediend plan kan niet worden gewijzigd."));
    }
    if (form.aanvoerder() != null && !form.aanvoerder().isBlank()
        && !form.aanvoerder().trim().equals(plan.getAanvoerder().getSlug())) {
      violations.add(new Violation("aanvoerder", "De aanvoerder van een ingediend plan kan niet worden gewijzigd."));
    }
    checkPlan(form, plan.getRound(), plan.getAanvoerder(), violations);
    Map<String, Organisation> spelers = checkContributions(form.contributionsOrEmpty(), plan.getAanvoerder(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    describe(plan, form, spelers);
    // New contributions need their ids now: the confirmation tasks are created in this transaction.
    plans.saveAndFlush(plan);
    versions.save(new PlanVersion(plan, versions.lastNumber(plan) + 1, currentUser.id(), ProcessValues.now()));
  }

  public List<Long> pendingContributionIds(Plan plan) {
    return plan.getContributions().stream()
        .filter(c -> c.getStatus() == ContributionStatus.PENDING)
        .map(Contribution::getId)
        .toList();
  }

  public void answer(Contribution contribution, PlanForms.Confirmation form) {
    boolean confirmed = form.contributionConfirmed();
    List<Violation> violations = new ArrayList<>();
    if (confirmed && contribution.isMoney()
        && (form.confirmedAmountEuro() == null || form.confirmedAmountEuro().signum() <= 0)) {
      violations.add(new Violation("confirmedAmountEuro", "Vul het bedrag in dat u bijdraagt."));
    }
    if (confirmed && "hours".equals(contribution.getKind())
        && (form.confirmedHoursPerYear() == null || form.confirmedHoursPerYear() <= 0)) {
      violations.add(new Violation("confirmedHoursPerYear", "Vul het aantal uren per jaar in dat u bijdraagt."));
    }
    if (!confirmed && (form.remark() == null || form.remark().isBlank())) {
      violations.add(new Violation("remark", "Licht toe waarom u de bijdrage niet bevestigt."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    contribution.answer(confirmed, form.confirmedAmountEuro(), form.confirmedHoursPerYear(), trim(form.remark()),
        currentUser.id(), ProcessValues.now());
  }

  public void followUp(Contribution contribution, PlanForms.FollowUp form) {
    contribution.followedUp(form.followUpNote().trim(), ProcessValues.now());
  }

  public void enterStage(Plan plan, PlanStage stage) {
    plan.moveTo(stage);
  }

  public void screen(Plan plan, PlanForms.Screening form) {
    if ("incomplete".equals(form.screeningOutcome()) && blank(form.screeningRemarks())) {
      throw InvalidFormDataException.of("screeningRemarks", "Schrijf op wat er ontbreekt, zodat de aanvoerder het plan kan aanvullen.");
    }
    reviews.save(new ReviewRecord(plan, ReviewRecord.Kind.SCREENING, form.screeningOutcome(),
        trim(form.screeningRemarks()), currentUser.id(), ProcessValues.now()));
  }

  public void review(Plan plan, PlanForms.Review form) {
    BigDecimal approvedFte = null;
    switch (form.reviewDecision()) {
      case "approve" -> {
        approvedFte = form.approvedFte();
        if (approvedFte == null) {
          throw InvalidFormDataException.of("approvedFte", "Vul de goedgekeurde fte in.");
        }
        if (approvedFte.compareTo(plan.getRequestedFte()) > 0) {
          throw InvalidFormDataException.of("approvedFte", "De goedgekeurde fte (" + dutch(approvedFte)
              + ") is meer dan de gevraagde fte (" + dutch(plan.getRequestedFte()) + ").");
        }
        BigDecimal remaining = remainingFte(plan);
        if (approvedFte.compareTo(remaining) > 0) {
          throw InvalidFormDataException.of("approvedFte", "De goedgekeurde fte (" + dutch(approvedFte)
              + ") is meer dan de resterende fte van ronde " + plan.getRound().getYear() + " ("
              + dutch(remaining) + ").");
        }
        plan.approveFte(approvedFte);
      }
      case "revise" -> {
        if (blank(form.tips())) {
          throw InvalidFormDataException.of("tips", "Geef de aanvoerder tips mee voor het aanpassen van het plan.");
        }
      }
      default -> plan.decide(PlanStage.REJECTED, ProcessValues.now());
    }
    reviews.save(new ReviewRecord(plan, ReviewRecord.Kind.JOINT_REVIEW, form.reviewDecision(), null,
        currentUser.id(), ProcessValues.now())
        .jointReview(form.reviewDate(), trim(form.reviewAttendees()), trim(form.policyGoals()), trim(form.tips()), approvedFte));
  }

  /** The round's granted fte minus what its other plans hold. */
  @Transactional(readOnly = true)
  public BigDecimal remainingFte(Plan plan) {
    FundingRound round = plan.getRound();
    return rules.remainingFte(round.getGrantedFte(), plans.committedFte(round.getId(), plan.getId()));
  }

  public Profile draftProfile(Plan plan, PlanForms.ProfileDraft form) {
    List<Violation> violations = new ArrayList<>();
    if (!Codes.PROFILE_TYPES.containsKey(form.profileType())) {
      violations.add(new Violation("profileType", "Onbekend functieprofiel '" + form.profileType() + "'. Kies uit: "
          + Codes.allowed(Codes.PROFILE_TYPES) + "."));
    }
    if ("lokaal".equals(form.profileType()) && blank(form.localTitle())) {
      violations.add(new Violation("localTitle", "Vul de lokale functietitel in (bijvoorbeeld beweegmakelaar)."));
    }
    List<String> competencies = form.competencies() == null ? List.of() : form.competencies().stream().distinct().toList();
    competencies.stream().filter(c -> !Codes.COMPETENCIES.containsKey(c)).forEach(c -> violations.add(
        new Violation("competencies", "Onbekende competentie '" + c + "'. Kies uit: " + Codes.allowed(Codes.COMPETENCIES) + ".")));
    BigDecimal fte = rules.fteFromHours(form.hoursPerWeek());
    if (plan.getApprovedFte() != null && fte.compareTo(plan.getApprovedFte()) > 0) {
      violations.add(new Violation("hoursPerWeek", dutch(form.hoursPerWeek())
          + " uur per week is " + dutch(fte) + " fte; dat is meer dan de goedgekeurde "
          + dutch(plan.getApprovedFte()) + " fte (voltijd is "
          + dutch(rules.fullTimeHours()) + " uur)."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    Profile profile = profiles.findByPlan(plan).orElseGet(() -> new Profile(plan));
    profile.draft(form.profileType(), trim(form.localTitle()), form.hoursPerWeek(), form.tasks().trim(), competencies);
    return profiles.save(profile);
  }

  public void adviseTraining(Plan plan, List<String> trainings) {
    profile(plan).advise(trainings.isEmpty() ? "" : String.join("; ", trainings));
  }

  public Financing draftBudget(Plan plan, PlanForms.BudgetDraft form) {
    Financing financing = finance(plan, form.annualCostPerFte(), form.otherCostsEuro());
    Budget budget = budgets.findByPlan(plan).orElseGet(() -> new Budget(plan));
    budget.draft(form.salaryScale().trim(), form.annualCostPerFte(), form.otherCostsEuro(), financing);
    budgets.save(budget);
    return financing;
  }

  /** Financing by the funding rules for the profile's fte and the contributions confirmed so far. */
  @Transactional(readOnly = true)
  public Financing finance(Plan plan, BigDecimal annualCostPerFte, BigDecimal otherCostsEuro) {
    return rules.finance(plan.getRound().terms(), fte(plan), annualCostPerFte, otherCostsEuro,
        plan.getAanvoerder().isGemeente(), plan.getAanvoerderContributionEuro(),
        plan.getContributions().stream().filter(c -> c.getStatus() == ContributionStatus.CONFIRMED)
            .map(Contribution::confirmedPledge).toList());
  }

  /** The coach's fte: from the profile's hours once drafted, else the approved or requested fte. */
  @Transactional(readOnly = true)
  public BigDecimal fte(Plan plan) {
    return profiles.findByPlan(plan).map(p -> rules.fteFromHours(p.getHoursPerWeek()))
        .orElse(plan.getApprovedFte() != null ? plan.getApprovedFte() : plan.getRequestedFte());
  }

  public void decideBudget(Plan plan, PlanForms.BudgetDecision form) {
    if ("approve".equals(form.budgetDecision())) {
      Budget budget = budget(plan).orElseThrow(() -> InvalidFormDataException.of("budgetDecision", "Er is nog geen begroting."));
      Financing current = finance(plan, budget.getAnnualCostPerFte(), budget.getOtherCostsEuro());
      if (!current.sound()) {
        throw InvalidFormDataException.of("budgetDecision",
            "De begroting voldoet niet aan de financieringsregels: " + String.join(" ", current.problems()));
      }
    } else if (blank(form.budgetRemarks())) {
      throw InvalidFormDataException.of("budgetRemarks", "Schrijf op wat er aan profiel of begroting moet veranderen.");
    }
    reviews.save(new ReviewRecord(plan, ReviewRecord.Kind.BUDGET_REVIEW, form.budgetDecision(),
        trim(form.budgetRemarks()), currentUser.id(), ProcessValues.now()));
  }

  public void approve(Plan plan) {
    plan.decide(PlanStage.HIRING, ProcessValues.now());
  }

  /** The coach is appointed: the plan is carried out. */
  public void activate(Plan plan) {
    plan.moveTo(PlanStage.ACTIVE);
  }

  /** The goal of the aanpak: the coach is embedded with the aanvoerder. */
  public void fundStructurally(Plan plan) {
    plan.decide(PlanStage.STRUCTURAL, ProcessValues.now());
  }

  public void end(Plan plan) {
    plan.decide(PlanStage.ENDED, ProcessValues.now());
  }

  /** The contributions confirmed for the current contract year. */
  @Transactional(readOnly = true)
  public List<Contribution> confirmedContributions(Plan plan) {
    return plan.getContributions().stream().filter(c -> c.getStatus() == ContributionStatus.CONFIRMED).toList();
  }

  /** The budget's financing for a coach of the given fte with the given pledges (next year's reconfirmations). */
  @Transactional(readOnly = true)
  public Financing financeBudget(Plan plan, BigDecimal fte, List<nl.coachplan.funding.Pledge> pledges) {
    Budget budget = budget(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen begroting"));
    return rules.finance(plan.getRound().terms(), fte, budget.getAnnualCostPerFte(), budget.getOtherCostsEuro(),
        plan.getAanvoerder().isGemeente(), plan.getAanvoerderContributionEuro(), pledges);
  }

  /** A new contract year: each speler's reconfirmed pledge becomes its contribution, and the budget follows. */
  public Financing carryOver(Plan plan, BigDecimal fte, java.util.Map<Long, nl.coachplan.funding.Pledge> nextYear) {
    for (Contribution contribution : confirmedContributions(plan)) {
      var pledge = nextYear.get(contribution.getId());
      contribution.carryOver(pledge != null, pledge == null ? null : pledge.amountEuro(), pledge == null ? null : pledge.hoursPerYear());
    }
    Budget budget = budget(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen begroting"));
    Financing financing = financeBudget(plan, fte, confirmedContributions(plan).stream().map(Contribution::confirmedPledge).toList());
    budget.draft(budget.getSalaryScale(), budget.getAnnualCostPerFte(), budget.getOtherCostsEuro(), financing);
    return financing;
  }

  public void withdraw(Plan plan, String reason) {
    plan.decide(PlanStage.WITHDRAWN, ProcessValues.now());
    reviews.save(new ReviewRecord(plan, ReviewRecord.Kind.WITHDRAWAL, "withdrawn",
        reason == null || reason.isBlank() ? null : truncate(reason.trim(), 4000), currentUser.id(), ProcessValues.now()));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Profile> profileOf(Plan plan) {
    return profiles.findByPlan(plan);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Budget> budget(Plan plan) {
    return budgets.findByPlan(plan);
  }

  @Transactional(readOnly = true)
  public List<ReviewRecord> reviews(Plan plan) {
    return reviews.findByPlanOrderByRecordedAtAscIdAsc(plan);
  }

  /** The plan's texts, first submission first. */
  @Transactional(readOnly = true)
  public List<PlanVersion> versions(Plan plan) {
    return versions.ofPlan(plan);
  }

  private Profile profile(Plan plan) {
    return profiles.findByPlan(plan).orElseThrow(() -> new IllegalStateException("Plan " + plan.getReference() + " heeft geen profiel"));
  }

  /**
   * Plans are submitted by an organisation as aanvoerder, or by the coordinator for one. The engine
   * lets every signed-in user start plan-intake (one grant, not one per organisation: the engine's
   * task queries read every grant on a definition); this is where the others are refused.
   */
  public void checkMaySubmit() {
    if (!policy.maySubmitPlans(Viewer.acting(currentUser))) {
      throw new Forbidden("Plannen worden ingediend door een organisatie als aanvoerder; uw account hoort bij geen organisatie.");
    }
  }

  private Organisation aanvoerderOf(Submission form) {
    checkMaySubmit();
    if (blank(form.aanvoerder())) {
      List<String> orgGroups = currentUser.groups().stream().filter(g -> g.startsWith(Organisation.GROUP_PREFIX)).toList();
      if (orgGroups.size() == 1) {
        return organisations.require("aanvoerder", orgGroups.get(0).substring(Organisation.GROUP_PREFIX.length()));
      }
      throw InvalidFormDataException.of("aanvoerder", "Vul de aanvoerder in (de korte naam van de organisatie).");
    }
    Organisation aanvoerder = organisations.require("aanvoerder", form.aanvoerder());
    if (!policy.maySubmitFor(Viewer.acting(currentUser), aanvoerder.getSlug())) {
      throw InvalidFormDataException.of("aanvoerder", "U kunt alleen plannen indienen met uw eigen organisatie als aanvoerder.");
    }
    return aanvoerder;
  }

  private void checkPlan(Submission form, FundingRound round, Organisation aanvoerder, List<Violation> violations) {
    form.targetGroups().stream().filter(g -> !Codes.TARGET_GROUPS.containsKey(g)).distinct().forEach(g -> violations.add(
        new Violation("targetGroups", "Onbekende doelgroep '" + g + "'. Kies uit: " + Codes.allowed(Codes.TARGET_GROUPS) + ".")));
    form.settings().stream().filter(s -> !Codes.SETTINGS.containsKey(s)).distinct().forEach(s -> violations.add(
        new Violation("settings", "Onbekende setting '" + s + "'. Kies uit: " + Codes.allowed(Codes.SETTINGS) + ".")));
    if (!Codes.PROFILE_TYPES.containsKey(form.profileType())) {
      violations.add(new Violation("profileType", "Onbekend functieprofiel '" + form.profileType() + "'. Kies uit: "
          + Codes.allowed(Codes.PROFILE_TYPES) + "."));
    }
    if (form.requestedFte().compareTo(round.getGrantedFte()) > 0) {
      violations.add(new Violation("requestedFte", "De gevraagde fte (" + dutch(form.requestedFte())
          + ") is meer dan de ronde in totaal heeft (" + dutch(round.getGrantedFte()) + ")."));
    }
  }

  private Map<String, Organisation> checkContributions(List<ContributionRow> rows, Organisation aanvoerder,
      List<Violation> violations) {
    Map<String, Organisation> spelers = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ContributionRow row = rows.get(i);
      String field = "contributions[" + (i + 1) + "]";
      String nr = "Bijdrage " + (i + 1) + ": ";
      Organisation speler;
      try {
        speler = organisations.require(field + ".organization", row.organization());
      } catch (InvalidFormDataException e) {
        violations.add(new Violation(field + ".organization", nr + e.getMessage()));
        continue;
      }
      spelers.put(speler.getSlug(), speler);
      if (speler.getId().equals(aanvoerder.getId())) {
        violations.add(new Violation(field + ".organization", nr + "de aanvoerder staat zelf al in het plan met de bijdrage van de aanvoerder."));
      }
      if (!Codes.CONTRIBUTION_KINDS.containsKey(row.kind())) {
        violations.add(new Violation(field + ".kind", nr + "onbekende soort '" + row.kind() + "'. Kies uit: "
            + Codes.allowed(Codes.CONTRIBUTION_KINDS) + "."));
        continue;
      }
      if (!seen.add(speler.getSlug() + "|" + row.kind())) {
        violations.add(new Violation(field, nr + speler.getName() + " staat al met een bijdrage van deze soort in het plan."));
      }
      switch (row.kind()) {
        case "money" -> {
          if (row.amountEuro() == null || row.amountEuro().signum() <= 0) {
            violations.add(new Violation(field + ".amountEuro", nr + "vul het bedrag per jaar in."));
          }
        }
        case "hours" -> {
          if (row.hoursPerYear() == null || row.hoursPerYear() <= 0) {
            violations.add(new Violation(field + ".hoursPerYear", nr + "vul het aantal uren per jaar in."));
          }
        }
        default -> {
          if (blank(row.description())) {
            violations.add(new Violation(field + ".description", nr + "beschrijf wat de speler inbrengt."));
          }
        }
      }
    }
    return spelers;
  }

  private void describe(Plan plan, Submission form, Map<String, Organisation> spelers) {
    plan.describe(form.title().trim(), form.goals().trim(), form.targetGroups().stream().distinct().toList(),
        form.settings().stream().distinct().toList(), form.requestedFte(), form.profileType(), form.aanvoerderContributionEuro());
    Map<String, Contribution> existing = new HashMap<>();
    plan.getContributions().forEach(c -> existing.put(c.getOrganisation().getSlug() + "|" + c.getKind(), c));
    List<Contribution> kept = new ArrayList<>();
    for (ContributionRow row : form.contributionsOrEmpty()) {
      Organisation speler = spelers.get(row.organization().trim());
      Contribution contribution = existing.get(speler.getSlug() + "|" + row.kind());
      if (contribution == null) {
        contribution = new Contribution(plan, speler, row.kind());
        plan.getContributions().add(contribution);
      }
      contribution.pledge(row.amountEuro(), row.hoursPerYear(), trim(row.description()));
      kept.add(contribution);
    }
    plan.getContributions().retainAll(kept);
  }

  /** A figure as Dutch readers write it: 1,5 and 36, not 1.50 and 36.00. */
  private static String dutch(BigDecimal value) {
    return nl.coachplan.engine.Markdown.number(value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return blank(value) ? null : value.trim();
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}

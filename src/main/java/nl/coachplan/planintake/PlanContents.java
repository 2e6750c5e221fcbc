package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.fundinground.FundingRound;
import nl.coachplan.fundinground.FundingRounds;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.OutcomeRow;
import nl.coachplan.planintake.PlanForms.Submission;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan says and who contributes to it, as submitted and revised: every rule its text and
 * contributions must meet, whichever way they arrive (the Tasklist's start form, our API, the
 * revision task). Runs inside the engine's transaction.
 */
@Service
@Transactional
public class PlanContents {

  private final PlanRepository plans;
  private final PlanVersionRepository versions;
  private final FundingRounds rounds;
  private final Organisations organisations;
  private final CurrentUser currentUser;
  private final AccessPolicy policy;
  private final ReservedReferences reserved;
  private final Wijken wijken;

  public PlanContents(PlanRepository plans, PlanVersionRepository versions, FundingRounds rounds, Organisations organisations,
      CurrentUser currentUser, AccessPolicy policy, ReservedReferences reserved, Wijken wijken) {
    this.wijken = wijken;
    this.plans = plans;
    this.versions = versions;
    this.rounds = rounds;
    this.organisations = organisations;
    this.currentUser = currentUser;
    this.policy = policy;
    this.reserved = reserved;
  }

  private record Checked(Organisation aanvoerder, FundingRound round, Map<String, Organisation> spelers, List<Wijk> wijken) {}

  /** Checks a submission as {@link #submit} will, without writing anything. */
  @Transactional(readOnly = true)
  public void check(Submission form) {
    checked(form);
  }

  private Checked checked(Submission form) {
    // The aanvoerder and every speler in one read; the checks below then find each by slug in memory.
    List<String> slugs = new ArrayList<>();
    slugs.add(form.aanvoerder());
    form.contributionsOrEmpty().forEach(row -> slugs.add(row.organization()));
    organisations.bySlugs(slugs.stream().filter(slug -> !blank(slug)).map(String::trim).distinct().toList());
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
    List<Wijk> chosen = checkWijken(form, violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    return new Checked(aanvoerder, known, spelers, chosen);
  }

  /**
   * A new plan in an open call. Its reference is {@code reference} when our API reserved that for
   * this submission in the form's round (in a short transaction of its own, so that submissions of
   * one round need not wait for each other's whole transaction behind the round's lock; it starts
   * the instance with it as business key, see {@link PlanSubmissions}); otherwise the round's next
   * reference P-&lt;year&gt;-&lt;nnn&gt;, under its lock.
   */
  public Plan submit(Submission form, String reference) {
    Checked checked = checked(form);
    Plan plan;
    if (reserved.take(form.roundYear(), reference)) {
      plan = new Plan(reference, checked.round(), checked.aanvoerder(), currentUser.id(), ProcessValues.now());
    } else {
      FundingRound round = rounds.lockYear("roundYear", form.roundYear());
      plan = new Plan(round.nextPlanReference(), round, checked.aanvoerder(), currentUser.id(), ProcessValues.now());
    }
    describe(plan, form, checked.spelers());
    plan.workIn(checked.wijken());
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
    List<Wijk> chosen = checkWijken(form, violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    describe(plan, form, spelers);
    plan.workIn(chosen);
    // New contributions need their ids now: the confirmation tasks are created in this transaction.
    plans.saveAndFlush(plan);
    versions.save(new PlanVersion(plan, versions.lastNumber(plan) + 1, currentUser.id(), ProcessValues.now()));
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
    violations.addAll(Codes.unknown("targetGroups", "doelgroep", Codes.TARGET_GROUPS, form.targetGroups()));
    violations.addAll(Codes.unknown("settings", "setting", Codes.SETTINGS, form.settings()));
    if (!Codes.PROFILE_TYPES.containsKey(form.profileType())) {
      violations.add(new Violation("profileType", "Onbekend functieprofiel '" + form.profileType() + "'. Kies uit: "
          + Codes.allowed(Codes.PROFILE_TYPES) + "."));
    }
    List<OutcomeRow> outcomes = form.outcomesOrEmpty();
    Set<String> intended = new HashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      String code = outcomes.get(i).outcome();
      String field = "outcomes[" + (i + 1) + "].outcome";
      if (blank(code)) {
        violations.add(new Violation(field, "Beoogd resultaat " + (i + 1) + ": kies het resultaat."));
      } else if (!Codes.OUTCOMES.containsKey(code)) {
        violations.add(new Violation(field, "Beoogd resultaat " + (i + 1) + ": onbekend resultaat '" + code + "'. Kies uit: "
            + Codes.allowed(Codes.OUTCOMES) + "."));
      } else if (!intended.add(code)) {
        violations.add(new Violation(field, "Beoogd resultaat " + (i + 1) + ": '" + Codes.OUTCOMES.get(code)
            + "' staat al in het plan."));
      }
    }
    if (form.requestedFte().compareTo(round.getGrantedFte()) > 0) {
      violations.add(new Violation("requestedFte", "De gevraagde fte (" + dutch(form.requestedFte())
          + ") is meer dan de ronde in totaal heeft (" + dutch(round.getGrantedFte()) + ")."));
    }
  }

  /** The wijken the plan works in: optional, each a wijk of the municipality. */
  private List<Wijk> checkWijken(Submission form, List<Violation> violations) {
    try {
      return wijken.require(ProcessVariables.WIJKEN, form.wijkenOrEmpty(), false);
    } catch (InvalidFormDataException refused) {
      violations.addAll(refused.getViolations());
      return List.of();
    }
  }

  private Map<String, Organisation> checkContributions(List<ContributionRow> rows, Organisation aanvoerder,
      List<Violation> violations) {
    return ContributionRows.check(rows.stream().map(r -> new ContributionRows.Row(r.organization(), r.kind(), r.amountEuro(),
            r.hoursPerYear(), r.description())).toList(),
        new ContributionRows.Place("contributions", "Bijdrage", "de aanvoerder staat zelf al in het plan met de bijdrage van de aanvoerder.",
            "staat al met een bijdrage van deze soort in het plan."),
        aanvoerder, new HashSet<>(), organisations, violations);
  }

  private void describe(Plan plan, Submission form, Map<String, Organisation> spelers) {
    plan.describe(form.title().trim(), form.goals().trim(), form.targetGroups().stream().distinct().toList(),
        form.settings().stream().distinct().toList(), form.requestedFte(), form.profileType(), form.aanvoerderContributionEuro());
    plan.intend(form.outcomesOrEmpty().stream().map(o -> new IntendedOutcome(o.outcome(), trim(o.measure()))).toList());
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
    return Markdown.number(value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return blank(value) ? null : value.trim();
  }
}

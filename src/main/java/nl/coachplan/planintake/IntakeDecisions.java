package nl.coachplan.planintake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.Markdown;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of plan intake and where they leave the plan: the spelers' answers, the screening,
 * the joint review (which gives the plan its fte), the approval and a withdrawal, each recorded.
 * Runs inside the engine's transaction.
 */
@Service
@Transactional
public class IntakeDecisions {

  private final ReviewRecordRepository reviews;
  private final RoundFte roundFte;
  private final CurrentUser currentUser;

  public IntakeDecisions(ReviewRecordRepository reviews, RoundFte roundFte, CurrentUser currentUser) {
    this.reviews = reviews;
    this.roundFte = roundFte;
    this.currentUser = currentUser;
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
        BigDecimal remaining = roundFte.remainingForApproval(plan);
        if (approvedFte.compareTo(remaining) > 0) {
          throw InvalidFormDataException.of("approvedFte", "De goedgekeurde fte (" + dutch(approvedFte)
              + ") is meer dan er in " + plan.getRound().getYear() + " nog beschikbaar is (" + dutch(remaining)
              + " fte van de rijkstoekenning).");
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

  public void approve(Plan plan) {
    plan.decide(PlanStage.HIRING, ProcessValues.now());
  }

  public void withdraw(Plan plan, String reason) {
    plan.decide(PlanStage.WITHDRAWN, ProcessValues.now());
    reviews.save(new ReviewRecord(plan, ReviewRecord.Kind.WITHDRAWAL, "withdrawn",
        reason == null || reason.isBlank() ? null : truncate(reason.trim(), 4000), currentUser.id(), ProcessValues.now()));
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

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}

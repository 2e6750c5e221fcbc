package nl.coachplan.portal;

import java.util.Map;
import nl.coachplan.planintake.PlanStage;

/** What a plan waits for in each stage, as the organisations read it. */
final class NextSteps {

  private static final Map<PlanStage, String> WAITING = Map.ofEntries(
      Map.entry(PlanStage.SUBMITTED, "Het plan wordt verwerkt."),
      Map.entry(PlanStage.CONFIRMING, "De spelers bevestigen hun bijdrage."),
      Map.entry(PlanStage.SCREENING, "De gemeente screent het plan."),
      Map.entry(PlanStage.REVISING, "De aanvoerder past het plan aan."),
      Map.entry(PlanStage.IN_REVIEW, "Gezamenlijke bespreking met de gemeente."),
      Map.entry(PlanStage.DRAFTING, "De aanvoerder stelt het functieprofiel en de begroting op."),
      Map.entry(PlanStage.BUDGET_REVIEW, "De gemeente beoordeelt profiel en begroting."),
      Map.entry(PlanStage.HIRING, "De aanvoerder werft de coach."),
      Map.entry(PlanStage.ACTIVE, "De coach is aan het werk; het jaarverslag volgt."),
      Map.entry(PlanStage.STRUCTURAL, "Geen: de coach is structureel gefinancierd."),
      Map.entry(PlanStage.REJECTED, "Geen: het plan is afgewezen."),
      Map.entry(PlanStage.WITHDRAWN, "Geen: het plan is ingetrokken."),
      Map.entry(PlanStage.ENDED, "Geen: het contract is beëindigd."));

  private NextSteps() {}

  static String waitingFor(String stage) {
    try {
      return WAITING.getOrDefault(PlanStage.valueOf(stage), "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}

package nl.coachplan.contractrenewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.coachplan.ProcessTestSupport;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The renewal-advice table, row by row: the first rule that fits decides. */
class RenewalAdviceDecisionTest extends ProcessTestSupport {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "year {0}, {1} reached, rise {2}, structural wish {3}, {4} steps, budget sound {5} → {6}")
  @CsvSource({
      // year, reached, rise, wish, steps, sound, advice, part of the reason
      "1, 120, 0.5, true, 2, true, structural, twee stappen",
      "1, 120, 0.5, true, 2, false, structural, twee stappen",
      "1, 120, 0.5, true, 1, true, continue, voortzetten",
      // A budget problem is solved together, never an end by rule (seeds: knelpunten samen oplossen).
      "1, 120, 0.5, false, 0, false, continue, gezamenlijk gesprek",
      "5, 2, -1.0, false, 0, false, continue, gezamenlijk gesprek",
      // Few participants are no reason to end: it is fine to start small.
      "2, 19, 0.5, false, 0, true, continue, voortzetten",
      "3, 3, 0.0, false, 0, true, continue, voortzetten",
      "1, 5, 0.5, false, 0, true, continue, voortzetten",
      "1, 0, 0.0, false, 0, true, continue, voortzetten",
      "4, 120, 0.5, false, 0, true, structural, vier jaar",
      "2, 120, -0.3, false, 0, true, continue, gedaald",
      "3, 20, 0.0, false, 3, true, continue, voortzetten",
  })
  void advises(int year, int reached, double rise, boolean wish, int steps, boolean sound, String advice, String reason) {
    var result = decisions.evaluateDecisionByKey("renewal-advice").variables(Map.of(
        "contractYear", year, "participantsReached", reached, "ladderRise", rise, "wantsStructural", wish,
        "embeddingStepCount", steps, "budgetSound", sound)).evaluate().getSingleResult();
    assertThat((String) result.getEntry("advice")).isEqualTo(advice).isNotEqualTo("end").isNotEqualTo("stop");
    assertThat((String) result.getEntry("reason")).containsIgnoringCase(reason);
  }
}

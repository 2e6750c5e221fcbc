package nl.coachplan.planintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.coachplan.ProcessTestSupport;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The training-advice DMN names training for the competencies a profile needs but lacks. */
class TrainingAdviceDecisionTest extends ProcessTestSupport {

  @Autowired DecisionService decisions;

  private List<String> advise(String profileType, List<String> competencies) {
    return decisions.evaluateDecisionByKey("training-advice")
        .variables(Map.of("profileType", profileType, "competencyList", competencies))
        .evaluate().collectEntries("training");
  }

  @ParameterizedTest(name = "{0} without {1} gets training containing \"{2}\"")
  @CsvSource({
      "buurtsportcoach, vulnerableGroups, kwetsbare doelgroepen",
      "buurtsportcoach, motivationalInterviewing, motiverende gespreksvoering",
      "buurtsportcoach, sportTechnical, Sporttechnische",
      "beweegcoach, healthyLifestyle, leefstijl",
      "clubkadercoach, clubSupport, verenigingsondersteuning",
      "combinatiefunctionaris-onderwijs, education, Didactische",
      "cultuurcoach, culture, Cultuureducatie",
      "coordinator-sport-preventie, policy, beleid",
      "lokaal, networking, netwerken",
  })
  void aMissingCompetencyTheProfileNeedsYieldsTraining(String profileType, String missing, String training) {
    List<String> all = List.of("sportTechnical", "vulnerableGroups", "motivationalInterviewing", "networking",
        "healthyLifestyle", "policy", "education", "culture", "clubSupport");
    List<String> without = all.stream().filter(c -> !c.equals(missing)).toList();

    assertThat(advise(profileType, without)).singleElement().asString().containsIgnoringCase(training);
    assertThat(advise(profileType, all)).isEmpty();
  }

  @ParameterizedTest(name = "{0} with nothing gets at least {1} trainings")
  @CsvSource({"buurtsportcoach, 4", "beweegcoach, 4", "cultuurcoach, 3", "lokaal, 2"})
  void aProfileWithoutCompetenciesGetsSeveralTrainings(String profileType, int atLeast) {
    assertThat(advise(profileType, List.of())).hasSizeGreaterThanOrEqualTo(atLeast);
  }
}

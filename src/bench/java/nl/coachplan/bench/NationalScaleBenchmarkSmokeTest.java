package nl.coachplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The benchmark at a tiny scale inside {@code ./mvnw verify}, so the documented command keeps
 * working: data through every process path, every measurement taken, the JSON written.
 */
class NationalScaleBenchmarkSmokeTest {

  @Test
  @SuppressWarnings("unchecked")
  void theBenchmarkRunsEndToEndAtSmokeScale() {
    Map<String, Object> report = NationalScaleBenchmark.run(BenchConfig.of("smoke", "h2"));

    Map<String, Object> generation = (Map<String, Object>) report.get("generation");
    assertThat((int) generation.get("plans")).isEqualTo(60);
    assertThat((int) generation.get("contractYears")).isGreaterThanOrEqualTo(20);
    Map<String, Long> counts = (Map<String, Long>) generation.get("counts");
    assertThat(counts.get("plan")).isEqualTo(60);
    assertThat(counts.get("year_report")).isPositive();
    Map<String, Object> lists = (Map<String, Object>) report.get("taskLists");
    assertThat((long) ((Map<String, Object>) lists.get("coordinator")).get("openTasksVisible")).isPositive();
    assertThat((long) ((Map<String, Object>) lists.get("speler")).get("openTasksVisible")).isPositive();
    assertThat((double) ((Map<String, Object>) report.get("submissions")).get("perSecond")).isPositive();
    Map<String, Object> rush = (Map<String, Object>) report.get("deadlineRush");
    assertThat(rush).containsEntry("answered", 60L).containsEntry("lost", 0L).containsEntry("doubled", 0L)
        .containsEntry("withOneIntake", 60L);
    assertThat((Map<String, Object>) report.get("targets"))
        .containsEntry("deadline rush: every plan answered, none lost or doubled", true);
    assertThat((long) ((Map<String, Object>) report.get("startup")).get("readyMs")).isPositive();
    assertThat(Path.of("target", "bench", "h2-smoke.json")).exists();
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "COACHPLAN_TEST_DB_URL", matches = ".+")
  @SuppressWarnings("unchecked")
  void h2IsMeasuredOnTheCasesPostgresqlGenerated() {
    NationalScaleBenchmark.run(BenchConfig.of("smoke", "postgres"));
    Map<String, Object> report = NationalScaleBenchmark.run(BenchConfig.of("smoke", "h2"), false, true);

    Map<String, Object> generation = (Map<String, Object>) report.get("generation");
    assertThat(generation).containsEntry("copiedFromPostgres", true).containsEntry("plans", 60).doesNotContainKey("ratio");
    assertThat((long) ((Map<String, Object>) report.get("copiedFromPostgres")).get("rows")).isGreaterThan(10_000);
    Map<String, Object> lists = (Map<String, Object>) report.get("taskLists");
    assertThat((long) ((Map<String, Object>) lists.get("coordinator")).get("openTasksVisible")).isPositive();
    assertThat((long) ((Map<String, Object>) lists.get("speler")).get("openTasksVisible")).isPositive();
    assertThat((double) ((Map<String, Object>) report.get("submissions")).get("perSecond")).isPositive();
    assertThat((Map<String, Object>) report.get("targets")).doesNotContainKey("generation >= 0.5x bare completion");
  }
}

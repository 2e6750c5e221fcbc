package nl.coachplan.contractrenewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.CoachplanApplication;
import nl.coachplan.engine.ProcessValues;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A contract year's report timer is a job in the database with its date from the case. The test's
 * own application never runs jobs; after the date has passed, a freshly started application on the
 * same database fires the timer, and a second start does not fire it again.
 */
@DirtiesContext
class TimerRestartTest extends CaseTestSupport {

  private static final String DATABASE = "jdbc:h2:file:./target/restart-" + UUID.randomUUID() + "/coachplan";

  @DynamicPropertySource
  static void fileDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  private static ConfigurableApplicationContext start() {
    // Arguments, not default properties: they must win over application-test.yml.
    return new SpringApplicationBuilder(CoachplanApplication.class).profiles("test")
        .run("--spring.datasource.url=" + DATABASE, "--server.port=0", "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000");
  }

  private static long reportTasks(ConfigurableApplicationContext context, String key) {
    return context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("submitYearReport").count();
  }

  @Test
  void theReportTimerSurvivesARestartAndFiresOnce() throws Exception {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    String key = ref + "/1";
    Job timer = managementService.createJobQuery().processInstanceId(year(ref, 1).getId()).timers().singleResult();
    Date due = ProcessValues.startOfDay(LocalDate.of(year + 1, 8, 31).minusWeeks(8));
    assertThat(timer.getDuedate()).isEqualTo(due);

    ClockUtil.setCurrentTime(new Date(due.getTime() + Duration.ofDays(1).toMillis()));

    try (ConfigurableApplicationContext restarted = start()) {
      long deadline = System.currentTimeMillis() + 60_000;
      while (reportTasks(restarted, key) == 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
      }
      assertThat(reportTasks(restarted, key)).as("the timer fired after the restart").isEqualTo(1);
      assertThat(restarted.getBean(ManagementService.class).createJobQuery().jobId(timer.getId()).count()).isZero();
    }
    try (ConfigurableApplicationContext again = start()) {
      Thread.sleep(3_000);
      assertThat(reportTasks(again, key)).as("a second restart does not fire it again").isEqualTo(1);
      assertThat(again.getBean(HistoryService.class).createHistoricJobLogQuery().jobId(timer.getId()).successLog().count())
          .isEqualTo(1);
    }
  }
}

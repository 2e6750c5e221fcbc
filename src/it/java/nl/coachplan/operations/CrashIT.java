package nl.coachplan.operations;

import static nl.coachplan.operations.NodeScenario.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coachplan killed with SIGKILL in the middle of a burst of plan submissions and task completions,
 * on the embedded H2 file and on PostgreSQL: after a restart every request it acknowledged is there
 * whole, no case is half-made, and timers that fell due while it was down fire.
 */
class CrashIT {

  private static final Duration BURST_BEFORE_KILL = Duration.ofSeconds(4);

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgres"})
  void everyAcknowledgedRequestSurvivesAKill(String database) throws Exception {
    TestDatabase db = database.equals("h2") ? TestDatabase.h2("crash") : TestDatabase.postgres("crash");

    List<String> toScreen = new ArrayList<>();
    List<String> withTimers = new ArrayList<>();
    Instant timersDue;
    List<String> timers;
    Map<String, String> acknowledgedPlans = new ConcurrentHashMap<>(); // idempotency key -> reference
    Queue<String> acknowledgedScreenings = new ConcurrentLinkedQueue<>(); // plan references
    try (Node node = Node.start("crash-" + database, db)) {
      NodeScenario.users(node);
      NodeScenario.openRound(node);
      for (int i = 0; i < 120; i++) {
        toScreen.add(NodeScenario.reference(node, NodeScenario.submitPlan(node, "voor-" + i, false)));
      }
      for (int i = 0; i < 5; i++) {
        withTimers.add(NodeScenario.reference(node, NodeScenario.submitPlan(node, "timer-" + i, true)));
      }
      // These ten timers fall due while the application is down.
      timers = NodeScenario.confirmationTimers(node, withTimers);
      assertThat(timers).hasSize(10);
      timersDue = Instant.now().plus(BURST_BEFORE_KILL).plusSeconds(3);
      NodeScenario.dueAt(node, timers, timersDue);

      Queue<String> screenings = new ConcurrentLinkedQueue<>(toScreen);
      AtomicInteger submitted = new AtomicInteger();
      ExecutorService burst = Executors.newFixedThreadPool(4);
      for (int thread = 0; thread < 2; thread++) {
        burst.submit(() -> {
          while (!Thread.currentThread().isInterrupted()) {
            String key = "burst-" + submitted.incrementAndGet();
            HttpResponse<String> answer = NodeScenario.submitPlan(node, key, false);
            if (answer.statusCode() == 201) {
              acknowledgedPlans.put(key, NodeScenario.reference(node, answer));
            }
          }
          return null;
        });
        burst.submit(() -> {
          for (String reference = screenings.poll(); reference != null && !Thread.currentThread().isInterrupted();
              reference = screenings.poll()) {
            String taskId = NodeScenario.openTask(node, COORDINATOR, reference, "screenPlan");
            if (NodeScenario.screen(node, taskId).statusCode() == 204) {
              acknowledgedScreenings.add(reference);
            }
          }
          return null;
        });
      }
      Thread.sleep(BURST_BEFORE_KILL.toMillis());
      node.kill();
      burst.shutdownNow();
      assertThat(burst.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    System.out.printf("CrashIT %s: killed after %d acknowledged submissions and %d acknowledged screenings%n",
        database, acknowledgedPlans.size(), acknowledgedScreenings.size());
    assertThat(acknowledgedPlans).as("plans acknowledged before the kill").isNotEmpty();
    assertThat(acknowledgedScreenings).as("screenings acknowledged before the kill").isNotEmpty();

    while (Instant.now().isBefore(timersDue.plusSeconds(1))) {
      Node.sleep(200);
    }
    try (Node restarted = Node.start("crash-" + database + "-restarted", db)) {
      for (Map.Entry<String, String> plan : acknowledgedPlans.entrySet()) {
        assertThat(NodeScenario.openTask(restarted, COORDINATOR, plan.getValue(), "screenPlan")).isNotNull();
        // The client retries with its key: it gets the plan it was told about, not a second one.
        HttpResponse<String> retry = NodeScenario.submitPlan(restarted, plan.getKey(), false);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(NodeScenario.reference(restarted, retry)).isEqualTo(plan.getValue());
      }
      for (String reference : acknowledgedScreenings) {
        assertThat(NodeScenario.taskId(restarted, COORDINATOR, reference, "screenPlan")).as(reference).isNull();
        assertThat(NodeScenario.openTask(restarted, COORDINATOR, reference, "jointReview")).isNotNull();
      }
      NodeScenario.awaitTrue(Duration.ofSeconds(60), "the timers that fell due while down fired",
          () -> NodeScenario.openTasks(restarted, withTimers, "followUpContribution") == 10);
      restarted.stop();
    }
    NodeScenario.assertWhole(db);
    assertThat(NodeScenario.successes(db, timers)).as("each timer ran once").hasSize(10)
        .allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));
    assertThat(db.count("select count(*) from plan where title like 'Beweegcoach burst-%'"))
        .as("acknowledged burst plans, and perhaps the one in flight at the kill")
        .isBetween((long) acknowledgedPlans.size(), (long) acknowledgedPlans.size() + 2);
  }
}

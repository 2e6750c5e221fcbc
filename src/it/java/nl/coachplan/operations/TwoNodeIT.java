package nl.coachplan.operations;

import static nl.coachplan.operations.NodeScenario.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Coachplan nodes on one PostgreSQL database, as Camunda clusters: a shared database and a job
 * executor on each node. Requests go to either node; timers are run by whichever node gets them
 * first; a node that dies leaves its jobs to the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

  private TestDatabase db;
  private Node a;
  private Node b;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  /** Plan references: screened ones have no spelers; the others each carry two confirmation timers. */
  private final List<String> toScreen = new ArrayList<>();
  private final List<String> withTimers = new ArrayList<>();

  @BeforeAll
  void twoNodes() {
    db = TestDatabase.postgres("nodes");
    a = Node.start("node-a", db);
    // Node b takes many jobs at once and runs them one by one, so that when it dies it holds jobs it never ran.
    b = Node.start("node-b", db, "--camunda.bpm.job-execution.max-jobs-per-acquisition=20",
        "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
        "--camunda.bpm.job-execution.queue-capacity=20");
    NodeScenario.users(a);
    NodeScenario.openRound(b);
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
    if (b != null) b.close();
    if (a != null) a.close();
  }

  private Node other(Node node) {
    return node == a ? b : a;
  }

  @Test
  @Order(1)
  void everyPlanSubmittedOnEitherNodeExistsExactlyOnce() throws Exception {
    List<Callable<String>> submissions = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Node node = i % 2 == 0 ? a : b;
      String key = "twee-nodes-" + i;
      boolean withSpelers = i >= 10;
      submissions.add(() -> {
        HttpResponse<String> first = NodeScenario.submitPlan(node, key, withSpelers);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        // The client did not hear the answer and retries on the other node: the same plan, not a second one.
        HttpResponse<String> retry = NodeScenario.submitPlan(other(node), key, withSpelers);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(NodeScenario.reference(node, retry)).isEqualTo(NodeScenario.reference(node, first));
        return NodeScenario.reference(node, first);
      });
    }
    List<String> references = new ArrayList<>();
    for (Future<String> submitted : pool.invokeAll(submissions)) {
      references.add(submitted.get());
    }
    assertThat(references).doesNotHaveDuplicates().hasSize(40);
    toScreen.addAll(references.subList(0, 10));
    withTimers.addAll(references.subList(10, 40));

    assertThat(db.count("select count(*) from plan where title like 'Beweegcoach twee-nodes-%'")).isEqualTo(40);
    assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'plan-intake'")).isEqualTo(40);
    assertThat(db.count("select count(*) from contribution")).isEqualTo(60);
    assertThat(NodeScenario.confirmationTimers(a, withTimers)).hasSize(60);
    NodeScenario.assertWhole(db);
  }

  @Test
  @Order(2)
  void aTaskCompletedOnBothNodesAtOnceIsCompletedOnce() throws Exception {
    List<Callable<HttpResponse<String>>> completions = new ArrayList<>();
    for (String reference : toScreen) {
      String taskId = NodeScenario.openTask(a, COORDINATOR, reference, "screenPlan");
      completions.add(() -> NodeScenario.screen(a, taskId));
      completions.add(() -> NodeScenario.screen(b, taskId));
    }
    List<Future<HttpResponse<String>>> answers = pool.invokeAll(completions);
    for (int i = 0; i < answers.size(); i += 2) {
      List<HttpResponse<String>> pair = List.of(answers.get(i).get(), answers.get(i + 1).get());
      assertThat(pair).as("one of the two wins: %s", pair.stream().map(HttpResponse::body).toList())
          .filteredOn(r -> r.statusCode() == 204).hasSize(1);
      // The other hears that someone was first (409) or that the task is gone (404), never a server error.
      assertThat(pair).filteredOn(r -> r.statusCode() != 204).singleElement()
          .satisfies(r -> assertThat(r.statusCode()).as(r.body()).isIn(404, 409));
    }
    assertThat(NodeScenario.openTasks(b, toScreen, "screenPlan")).isZero();
    assertThat(NodeScenario.openTasks(b, toScreen, "jointReview")).isEqualTo(10);
    assertThat(db.count("select count(*) from review_record where kind = 'SCREENING'")).isEqualTo(10);
    NodeScenario.assertWhole(db);
  }

  @Test
  @Order(3)
  void everyDueTimerFiresExactlyOnce() {
    List<String> batch = withTimers.subList(0, 15);
    List<String> timers = NodeScenario.confirmationTimers(a, batch);
    assertThat(timers).hasSize(30);
    NodeScenario.dueAt(b, timers, Instant.now().minusSeconds(60));

    NodeScenario.awaitTrue(Duration.ofSeconds(60), "all 30 timers fired",
        () -> NodeScenario.openTasks(a, batch, "followUpContribution") == 30);
    Map<String, Long> successes = NodeScenario.successes(db, timers);
    assertThat(successes).hasSize(30).allSatisfy((job, count) -> assertThat(count).as("runs of job %s", job).isEqualTo(1));
    Node.sleep(2_000);
    assertThat(NodeScenario.openTasks(a, batch, "followUpContribution")).as("and no timer fired twice").isEqualTo(30);
    NodeScenario.assertWhole(db);
  }

  @Test
  @Order(4)
  void aNodeKilledMidRunLosesNothingTheOtherTakesItsJobsOver() {
    List<String> batch = withTimers.subList(15, 30);
    List<String> timers = NodeScenario.confirmationTimers(a, batch);
    assertThat(timers).hasSize(30);
    // Only b may take these: a is down while they fall due (a fast a would take them all first).
    a.stop();
    NodeScenario.dueAtOnce(db, timers, Instant.now().minusSeconds(60));

    // Kill b as soon as it has taken them: it runs them one by one, so it dies holding most of the
    // ones it acquired (waiting until it had run one raced a fast b, which had run all of them by then).
    NodeScenario.awaitTrue(Duration.ofSeconds(30), "node b took the timers",
        () -> NodeScenario.locked(db, timers).size() >= 10, 10);
    b.kill();
    List<String> orphans = NodeScenario.locked(db, timers);
    System.out.printf("TwoNodeIT: node b killed holding %d of 30 timer jobs%n", orphans.size());
    assertThat(orphans).as("jobs the killed node had locked and not run").isNotEmpty();
    a = Node.start("node-a", db);

    // After b's locks run out (10 s here), a runs them.
    NodeScenario.awaitTrue(Duration.ofSeconds(90), "all 30 timers fired",
        () -> NodeScenario.openTasks(a, batch, "followUpContribution") == 30);
    Map<String, Long> successes = NodeScenario.successes(db, timers);
    assertThat(successes).hasSize(30).allSatisfy((job, count) -> assertThat(count).as("runs of job %s", job).isEqualTo(1));
    assertThat(NodeScenario.nodesThatRan(db, orphans)).as("the orphaned jobs ran on the node that lived").containsExactly("node-a");
    NodeScenario.assertWhole(db);

    // And a goes on serving.
    assertThat(NodeScenario.submitPlan(a, "twee-nodes-na-b", false).statusCode()).isEqualTo(201);
  }
}

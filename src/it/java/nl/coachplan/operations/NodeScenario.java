package nl.coachplan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.coachplan.engine.FormValues;
import nl.coachplan.fundinground.RoundForms.Meeting;
import nl.coachplan.fundinground.RoundForms.MeetingRecord;
import nl.coachplan.fundinground.RoundForms.Start;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.Screening;
import nl.coachplan.planintake.PlanForms.Submission;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * What the node tests do to Coachplan, through its HTTP API as its users do (staff in
 * {@code /engine-rest}, organisations through {@code /api/v1}), and what they check in the database
 * afterwards.
 */
final class NodeScenario {

  static final String COORDINATOR = "it-coordinator";
  static final String AANVOERDER = "it-wei";
  static final int YEAR = 2031;

  private NodeScenario() {}

  /**
   * The people of the test, made by the administrator as Camunda Admin would. The coordinator works
   * in the engine; the aanvoerder, an organisation, only through our API: the engine refuses it.
   */
  static void users(Node node) {
    user(node, COORDINATOR, "coordinator");
    user(node, AANVOERDER, "org-werk-en-inkomen");
    assertThat(node.get(AANVOERDER, "/engine-rest/task").statusCode()).as("the engine is closed to organisations").isEqualTo(403);
    assertThat(node.json(node.get(AANVOERDER, "/api/v1/tasks")).isArray()).as("the aanvoerder's tasks, through the task API").isTrue();
  }

  private static void user(Node node, String id, String group) {
    HttpResponse<String> created = node.post(Node.ADMIN, "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", "Test", "lastName", id, "email", id + "@test.invalid"),
        "credentials", Map.of("password", id)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    assertThat(node.put(Node.ADMIN, "/engine-rest/group/" + group + "/members/" + id).statusCode()).isEqualTo(204);
  }

  /** Funding round {@link #YEAR}: started, its meeting held yesterday (the timer fires at once), the call open. */
  static void openRound(Node node) {
    node.json(node.post(COORDINATOR, "/engine-rest/process-definition/key/funding-round/submit-form", form(new Start(
        YEAR, BigDecimal.valueOf(500), BigDecimal.valueOf(20000), 60, false, LocalDate.of(YEAR, 6, 30)))));
    String round = "round-" + YEAR;
    complete(node, COORDINATOR, openTask(node, COORDINATOR, round, "prepareMeeting"), form(new Meeting(
        LocalDate.now().minusDays(1), "Raadhuis", List.of("werk-en-inkomen", "swos"))));
    awaitTrue(Duration.ofSeconds(30), "the meeting timer fired", () -> taskId(node, COORDINATOR, round, "recordMeeting") != null);
    complete(node, COORDINATOR, taskId(node, COORDINATOR, round, "recordMeeting"), form(new MeetingRecord(
        List.of("werk-en-inkomen"), "Goed bezocht.")));
  }

  /** POST /api/v1/plans as the aanvoerder; with spelers, SWOS and MEE each get a confirmation task and its 14-day timer. */
  static HttpResponse<String> submitPlan(Node node, String idempotencyKey, boolean withSpelers) {
    Submission plan = new Submission(YEAR, "Beweegcoach " + idempotencyKey, null, "Inwoners in beweging.", List.of("elderly"),
        List.of("neighbourhood"), BigDecimal.valueOf(0.5), "beweegcoach", BigDecimal.valueOf(12000), withSpelers ? List.of(
            new ContributionRow("swos", "hours", null, 200, "Ouderenwerkers"),
            new ContributionRow("mee", "money", BigDecimal.valueOf(3000), null, "Cliëntondersteuning"))
        : List.of(), null);
    return node.post(AANVOERDER, "/api/v1/plans", plan, "Idempotency-Key", idempotencyKey);
  }

  static String reference(Node node, HttpResponse<String> submitted) {
    return node.json(submitted).get("reference").asText();
  }

  static HttpResponse<String> screen(Node node, String taskId) {
    return node.post(COORDINATOR, "/engine-rest/task/" + taskId + "/submit-form", form(new Screening("complete", null)));
  }

  static String taskId(Node node, String user, String businessKey, String taskKey) {
    JsonNode tasks = node.json(node.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey + "&maxResults=100"));
    return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
  }

  static String openTask(Node node, String user, String businessKey, String taskKey) {
    String id = taskId(node, user, businessKey, taskKey);
    assertThat(id).as("%s sees %s of %s", user, taskKey, businessKey).isNotNull();
    return id;
  }

  private static void complete(Node node, String user, String taskId, Map<String, Object> form) {
    HttpResponse<String> response = node.post(user, "/engine-rest/task/" + taskId + "/submit-form", form);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** A form's record as the Tasklist sends it to {@code submit-form}: lists as Json text. */
  static Map<String, Object> form(Record form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    FormValues.of(form).forEach((name, value) -> variables.put(name, value instanceof JsonValue json
        ? Map.of("type", "Json", "value", json.getValueSerialized()) : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  static void awaitTrue(Duration patience, String what, BooleanSupplier condition) {
    awaitTrue(patience, what, condition, 200);
  }

  static void awaitTrue(Duration patience, String what, BooleanSupplier condition, long pollMillis) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + patience + ": " + what);
      }
      Node.sleep(pollMillis);
    }
  }

  // What the database holds.

  /** The ids of the 14-day confirmation timers of these plans, as Cockpit lists them. */
  static List<String> confirmationTimers(Node node, Collection<String> references) {
    List<String> ids = new ArrayList<>();
    for (String reference : references) {
      for (JsonNode instance : node.json(node.get(Node.ADMIN, "/engine-rest/process-instance?processDefinitionKey=plan-intake"
          + "&businessKey=" + reference + "&maxResults=100"))) {
        for (JsonNode job : node.json(node.get(Node.ADMIN, "/engine-rest/job?timers=true&activityId=confirmationOverdue"
            + "&processInstanceId=" + instance.get("id").asText() + "&maxResults=100"))) {
          ids.add(job.get("id").asText());
        }
      }
    }
    return ids;
  }

  /** Sets the timers' due date, as an operator does in Cockpit: as if that much time had passed. */
  static void dueAt(Node node, Collection<String> jobIds, Instant due) {
    String date = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneId.systemDefault()).format(due);
    for (String id : jobIds) {
      HttpResponse<String> changed = node.put(Node.ADMIN, "/engine-rest/job/" + id + "/duedate", Map.of("duedate", date));
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    }
  }

  /**
   * Makes these jobs due in one statement, so a job executor finds them all in one acquisition (set
   * one by one over REST, a node picks them up a few at a time as they trickle in).
   */
  static void dueAtOnce(TestDatabase db, Collection<String> jobIds, Instant due) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(java.sql.Timestamp.from(due));
    parameters.addAll(jobIds);
    assertThat(db.update("update act_ru_job set duedate_ = ? where id_ in (" + placeholders(jobIds) + ")",
        parameters.toArray())).isEqualTo(jobIds.size());
  }

  /** Open tasks of this kind in these plans. */
  static long openTasks(Node node, Collection<String> references, String taskKey) {
    return node.json(node.get(Node.ADMIN, "/engine-rest/task/count?taskDefinitionKey=" + taskKey
        + "&processInstanceBusinessKeyIn=" + String.join(",", references))).get("count").asLong();
  }

  /** How often each job ran to success, by job id. */
  static Map<String, Long> successes(TestDatabase db, Collection<String> jobIds) {
    return db.strings("select job_id_ from act_hi_job_log where job_state_ = 2 and job_id_ in (" + placeholders(jobIds) + ")",
        jobIds.toArray()).stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
  }

  /** The nodes (by host name) on which these jobs ran to success. */
  static List<String> nodesThatRan(TestDatabase db, Collection<String> jobIds) {
    return db.strings("select distinct hostname_ from act_hi_job_log where job_state_ = 2 and job_id_ in ("
        + placeholders(jobIds) + ")", jobIds.toArray());
  }

  /** Those of these jobs that wait, locked by a job executor. */
  static List<String> locked(TestDatabase db, Collection<String> jobIds) {
    return db.strings("select id_ from act_ru_job where lock_owner_ is not null and id_ in (" + placeholders(jobIds) + ")",
        jobIds.toArray());
  }

  /**
   * Nothing half-made: every plan in the case file has exactly one plan-intake instance and the other
   * way round, and a plan's stage matches the task its instance waits in.
   */
  static void assertWhole(TestDatabase db) {
    assertThat(db.strings("select p.reference from plan p where (select count(*) from act_hi_procinst h"
        + " where h.business_key_ = p.reference and h.proc_def_key_ = 'plan-intake') <> 1"))
        .as("plans without exactly one plan-intake instance").isEmpty();
    assertThat(db.strings("select h.business_key_ from act_hi_procinst h where h.proc_def_key_ = 'plan-intake'"
        + " and not exists (select 1 from plan p where p.reference = h.business_key_)"))
        .as("plan-intake instances without a plan").isEmpty();
    assertThat(db.strings("select k.key_value from idempotency_key k where not exists"
        + " (select 1 from plan p where p.reference = k.reference)")).as("idempotency keys without a plan").isEmpty();
    for (Map.Entry<String, String> stage : Map.of("CONFIRMING", "confirmContribution", "SCREENING", "screenPlan",
        "IN_REVIEW", "jointReview").entrySet()) {
      String waiting = "exists (select 1 from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
          + " where e.business_key_ = p.reference and t.task_def_key_ = '" + stage.getValue() + "')";
      assertThat(db.strings("select p.reference from plan p where p.stage = ? and not " + waiting, stage.getKey()))
          .as("plans in stage %s without a %s task", stage.getKey(), stage.getValue()).isEmpty();
      assertThat(db.strings("select p.reference from plan p where p.stage <> ? and " + waiting, stage.getKey()))
          .as("plans with a %s task in another stage than %s", stage.getValue(), stage.getKey()).isEmpty();
    }
    assertThat(db.strings("select p.reference from plan p where p.stage = 'IN_REVIEW' and not exists (select 1"
        + " from review_record r where r.plan_id = p.id and r.kind = 'SCREENING')"))
        .as("screened plans without their screening record").isEmpty();
  }

  private static String placeholders(Collection<?> values) {
    assertThat(values).isNotEmpty();
    return values.stream().map(v -> "?").collect(Collectors.joining(", "));
  }

  private static Object[] with(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}

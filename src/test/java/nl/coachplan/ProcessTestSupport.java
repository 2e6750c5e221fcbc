package nl.coachplan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.coachplan.engine.ProcessValues;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Shared by the process tests: one application context on an in-memory database, a fresh
 * round year per test so tests never see each other's plans, and users acting as in real life.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

  private static final AtomicInteger YEARS = new AtomicInteger(2000);

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected FormService formService;
  @Autowired protected IdentityService identityService;
  @Autowired protected ManagementService managementService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired private org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired private nl.coachplan.fundinground.FundingRoundRepository roundsByYear;
  @Autowired private nl.coachplan.coachhiring.StandingAllocation allocation;

  @BeforeEach
  void initAssertions() {
    EngineRegistration.ensure(engine);
    init(engine);
    identityService.clearAuthentication();
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /** Reads the case file as the application does: inside a transaction, so lazy relations load. */
  protected <T> T inTx(java.util.function.Supplier<T> read) {
    return transactions.execute(status -> read.get());
  }

  /** A round year nobody else in this JVM uses. */
  protected int freshYear() {
    // Also skips years a shared database (PostgreSQL in CI, reused) already holds.
    int year;
    // And years whose Rijk fte other tests' coaches hold (a contract year runs into the next calendar
    // year): each test finds its year's allocation whole.
    do {
      year = YEARS.incrementAndGet();
    } while (roundsByYear.findByMunicipalityCodeAndYear("GM0342", year).isPresent()
        || allocation.year(year).filledFte().signum() > 0);
    return year;
  }

  /** A user in the given group, created once. */
  protected void user(String userId, String groupId) {
    user(userId);
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  /** A user in no group, created once; the password is the user id. */
  protected void user(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(userId);
      user.setFirstName("Test");
      user.setLastName(userId);
      identityService.saveUser(user);
    }
  }

  protected void as(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
  }

  protected void asSystem() {
    identityService.clearAuthentication();
  }

  protected ProcessInstance startRound(int year, double grantedFte) {
    return runtimeService.startProcessInstanceByKey("funding-round", vars(
        "year", year, "grantedFte", grantedFte, "rijksbijdragePerFte", 20000, "localShareMinimumPercent", 60,
        "inKindCountsAsCofinancing", false, "callDeadline", year + "-06-30"));
  }

  /** Drives a new round until its call is open: meeting prepared, held, recorded. */
  protected ProcessInstance openRound(int year, double grantedFte) {
    ProcessInstance round = startRound(year, grantedFte);
    completeTask(round, "prepareMeeting", vars("meetingDate", year + "-03-17", "meetingLocation", "Raadhuis",
        "invitedOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "swos"))));
    fireTimer(round);
    completeTask(round, "recordMeeting", vars("attendingOrganizations", ProcessValues.json(List.of("werk-en-inkomen")),
        "meetingNotes", "Goed bezocht."));
    return round;
  }

  protected Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  protected void completeTask(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey);
    }
    taskService.complete(task.getId(), variables);
  }

  protected void fireTimer(ProcessInstance instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    if (job == null) {
      throw new AssertionError("No timer waiting");
    }
    managementService.executeJob(job.getId());
  }

  public static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  protected static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}

package nl.coachplan.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.coachplan.engine.EngineCommands;
import nl.coachplan.engine.EveryUserTask;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Puts mails in the outbox for the people who can act on a task: when it is created (in the same
 * transaction as the task) and once when it is overdue. Nothing is queued where no mail server is set.
 */
@Component
public class TaskMail implements EveryUserTask {

  private final OutgoingMailRepository outbox;
  private final ObjectProvider<JavaMailSender> mailServer;
  private final IdentityService identity;
  private final TaskService tasks;
  private final String baseUrl;

  public TaskMail(OutgoingMailRepository outbox, ObjectProvider<JavaMailSender> mailServer, @Lazy IdentityService identity,
      @Lazy TaskService tasks, @Value("${coachplan.base-url:http://localhost:8080}") String baseUrl) {
    this.outbox = outbox;
    this.mailServer = mailServer;
    this.identity = identity;
    this.tasks = tasks;
    this.baseUrl = baseUrl;
  }

  boolean enabled() {
    return mailServer.getIfAvailable() != null;
  }

  @Override
  public String event() {
    return TaskListener.EVENTNAME_CREATE;
  }

  @Override
  public void notify(DelegateTask task) {
    taskCreated(task);
  }

  /** Called for every new user task. */
  void taskCreated(DelegateTask task) {
    if (!enabled()) {
      return;
    }
    Set<String> groups = candidateGroups(task.getCandidates());
    String caseKey = task.getExecution().getProcessBusinessKey();
    MailTexts.Mail mail = MailTexts.newTask(task.getName(), caseKey, ProcessVariables.text(task, ProcessVariables.PLAN_TITLE),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), link(task.getId(), groups), inPortal(groups));
    queue(recipients(groups, task.getAssignee()), mail);
  }

  /** Once per overdue task: a reminder to those who can act on it (queued and remembered together). */
  @org.springframework.transaction.annotation.Transactional
  public int remindOverdue(TaskReminderLog log) {
    if (!enabled()) {
      return 0;
    }
    var now = ProcessValues.now();
    var overdue = tasks.createTaskQuery().dueBefore(java.util.Date.from(now)).orderByDueDate().asc().listPage(0, 200);
    Set<String> done = log.reminded(overdue.stream().map(Task::getId).toList());
    int reminded = 0;
    for (Task task : overdue) {
      if (done.contains(task.getId())) {
        continue;
      }
      Set<String> groups = candidateGroups(tasks.getIdentityLinksForTask(task.getId()));
      Object title = tasks.getVariable(task.getId(), ProcessVariables.PLAN_TITLE);
      String caseKey = caseKey(task);
      queue(recipients(groups, task.getAssignee()), MailTexts.overdue(task.getName(), caseKey, title == null ? null : title.toString(),
          task.getDueDate().toInstant(), link(task.getId(), groups), inPortal(groups)));
      log.remember(task.getId(), now);
      reminded++;
    }
    return reminded;
  }

  /**
   * A message to everyone of a group (an organisation's users) about something other than a task: a
   * referral that came in, or waits for an answer. Queued in the outbox with the step that causes it.
   */
  public void toGroup(String group, String subject, String body) {
    if (enabled()) {
      queue(recipients(Set.of(group), null), new MailTexts.Mail(subject, body));
    }
  }

  /** Where a person of these groups works: the portal or the Tasklist. */
  public String baseUrl() {
    return baseUrl;
  }

  private static Set<String> candidateGroups(java.util.Collection<? extends IdentityLink> links) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /** The plan reference of a task, or its process instance where it has none (a round's tasks). */
  private String caseKey(Task task) {
    Object key = tasks.getVariable(task.getId(), ProcessVariables.PLAN_REFERENCE);
    return key == null ? task.getProcessInstanceId() : key.toString();
  }

  private Set<String> recipients(Set<String> groups, String assignee) {
    // The person acting may not read other users; who gets mail is the application's business.
    return EngineCommands.withoutAuthorization(() -> {
      Set<String> emails = new LinkedHashSet<>();
      for (String group : groups) {
        identity.createUserQuery().memberOfGroup(group).unlimitedList().stream().map(User::getEmail)
            .filter(e -> e != null && e.contains("@")).forEach(emails::add);
      }
      if (assignee != null) {
        User user = identity.createUserQuery().userId(assignee).singleResult();
        if (user != null && user.getEmail() != null) {
          emails.add(user.getEmail());
        }
      }
      return emails;
    });
  }

  private void queue(Set<String> recipients, MailTexts.Mail mail) {
    var now = ProcessValues.now();
    for (String recipient : recipients) {
      outbox.save(new OutgoingMail(recipient, mail.subject(), mail.body(), now));
    }
  }

  /** Organisations and the wijkteam work in the portal; staff in the Tasklist. */
  private String link(String taskId, Set<String> groups) {
    return inPortal(groups) ? baseUrl + "/portaal/taken/" + taskId : baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  static boolean inPortal(Set<String> groups) {
    return !groups.isEmpty() && groups.stream().allMatch(g -> g.startsWith(nl.coachplan.organisation.Organisation.GROUP_PREFIX)
        || "wijkteam".equals(g));
  }
}

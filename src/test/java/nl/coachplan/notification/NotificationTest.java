package nl.coachplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Mail to the people who can act, through a real SMTP server; an outage loses nothing and blocks nothing. */
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
    "coachplan.mail.send-interval=PT1H", "coachplan.mail.reminder-interval=PT1H"})
class NotificationTest extends CaseTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MailOutbox outbox;
  @Autowired OutgoingMailRepository mails;

  @BeforeEach
  void usersWithMail() {
    mailUser("mail-swos", "org-swos", "speler@swos.example");
    mailUser("mail-coordinator", "coordinator", "coordinator@gemeente.example");
  }

  private void mailUser(String id, String group, String email) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setEmail(email);
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  private List<MimeMessage> to(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  @Test
  void theSpelerGetsMailAboutItsNewTaskAfterTheCommit() throws Exception {
    int year = freshYear();
    openRound(year, 2);
    runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 1500, null, null))));
    assertThat(to("speler@swos.example")).as("nothing is sent inside the transaction").isEmpty();

    outbox.sendDue();
    List<MimeMessage> received = to("speler@swos.example");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject()).startsWith("Nieuwe taak in Coachplan: Bijdrage bevestigen");
    assertThat(received.get(0).getContent().toString()).contains("Open de taak in het portaal van Coachplan")
        .contains("/portaal/taken/").doesNotContain("/camunda/app/tasklist");
    assertThat(outbox.sendDue()).as("sent once").isZero();
  }

  @Test
  void aMailServerOutageNeitherBlocksTheProcessNorLosesTheMail() throws Exception {
    int year = freshYear();
    openRound(year, 2);
    outbox.sendDue();
    smtp.stop();
    ProcessInstance plan = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 1500, null, null))));
    assertThat(task(plan, "confirmContribution")).as("the process went on").isNotNull();
    assertThat(outbox.sendDue()).isZero();
    OutgoingMail waiting = mails.findAll().stream().filter(m -> m.getRecipient().equals("speler@swos.example") && m.getSentAt() == null)
        .findFirst().orElseThrow();
    assertThat(waiting.getAttempts()).isEqualTo(1);

    smtp.start();
    on(LocalDate.now().plusDays(1));
    assertThat(outbox.sendDue()).isPositive();
    assertThat(to("speler@swos.example")).hasSize(1);
  }

  @Test
  void anOverdueTaskGetsOneReminder() throws Exception {
    int year = freshYear();
    openRound(year, 2);
    ProcessInstance plan = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    outbox.sendDue();
    on(LocalDate.now().plusDays(20));
    assertThat(outbox.remindOverdue()).isPositive();
    outbox.sendDue();
    assertThat(to("coordinator@gemeente.example")).anySatisfy(m -> {
      assertThat(m.getSubject()).startsWith("Herinnering: Plan screenen");
      assertThat(m.getContent().toString()).as("staff work in the Tasklist").contains("/camunda/app/tasklist");
    });
    assertThat(outbox.remindOverdue()).as("once per task").isZero();
    assertThat(task(plan, "screenPlan")).isNotNull();
  }
}

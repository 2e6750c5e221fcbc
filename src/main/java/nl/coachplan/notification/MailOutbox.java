package nl.coachplan.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.coachplan.engine.ProcessValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, after the commits that queued it. A failed send stays in the outbox
 * and is tried again later, waiting longer each time; each node claims a mail before sending it.
 */
@Component
public class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  private static final Duration CLAIM = Duration.ofMinutes(2);
  private static final Duration MAX_WAIT = Duration.ofHours(1);

  private final OutgoingMailRepository outbox;
  private final ObjectProvider<JavaMailSender> mailServer;
  private final TaskMail taskMail;
  private final TaskReminderLog reminders;
  private final String from;
  private final String node = UUID.randomUUID().toString();

  public MailOutbox(OutgoingMailRepository outbox, ObjectProvider<JavaMailSender> mailServer, TaskMail taskMail,
      TaskReminderLog reminders, @org.springframework.beans.factory.annotation.Value("${coachplan.mail.from:coachplan@localhost}") String from) {
    this.outbox = outbox;
    this.mailServer = mailServer;
    this.taskMail = taskMail;
    this.reminders = reminders;
    this.from = from;
  }

  /** Sends the mails that are due; returns how many went out. */
  @Scheduled(fixedDelayString = "${coachplan.mail.send-interval:PT10S}", initialDelayString = "PT10S")
  public int sendDue() {
    JavaMailSender server = mailServer.getIfAvailable();
    if (server == null) {
      return 0;
    }
    int sent = 0;
    Instant now = ProcessValues.now();
    for (Long id : outbox.due(now, PageRequest.of(0, 50))) {
      if (outbox.claim(id, node, now, now.plus(CLAIM)) == 0) {
        continue; // another node sends this one
      }
      OutgoingMail mail = outbox.findById(id).orElseThrow();
      try {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.getRecipient());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        server.send(message);
        outbox.sent(id, ProcessValues.now());
        sent++;
      } catch (MailException e) {
        Duration wait = Duration.ofMinutes(1L << Math.min(mail.getAttempts(), 6));
        outbox.failed(id, e.getClass().getSimpleName(), now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
        LOG.warn("Mail {} not sent ({}); it stays in the outbox", id, e.getClass().getSimpleName());
      }
    }
    return sent;
  }

  /** Queues one reminder per overdue task. */
  @Scheduled(fixedDelayString = "${coachplan.mail.reminder-interval:PT15M}", initialDelayString = "PT1M")
  public int remindOverdue() {
    return taskMail.remindOverdue(reminders);
  }
}

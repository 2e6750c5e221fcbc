package nl.coachplan.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A mail in the outbox. */
@Entity
public class OutgoingMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String recipient;
  private String subject;
  private String body;
  private Instant createdAt;
  private Instant dueAt;
  private Instant sentAt;
  private int attempts;
  private String lastError;
  private Instant lockedUntil;
  private String lockedBy;

  protected OutgoingMail() {}

  OutgoingMail(String recipient, String subject, String body, Instant at) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = at;
    this.dueAt = at;
  }

  public Long getId() { return id; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Instant getSentAt() { return sentAt; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
}

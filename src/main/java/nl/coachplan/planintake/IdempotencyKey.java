package nl.coachplan.planintake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The plan a user's Idempotency-Key already produced. */
@Entity
public class IdempotencyKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String userId;
  private String keyValue;
  private String reference;
  private Instant createdAt;

  protected IdempotencyKey() {}

  IdempotencyKey(String userId, String keyValue, String reference, Instant createdAt) {
    this.userId = userId;
    this.keyValue = keyValue;
    this.reference = reference;
    this.createdAt = createdAt;
  }

  public String getReference() { return reference; }
}

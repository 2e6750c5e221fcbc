package nl.coachplan.coachhiring;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import nl.coachplan.planintake.Post;

/** One attempt to hire a post's coach; a post may need several (Soest's first attempt from the bijstand failed). */
@Entity
public class Vacancy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Post post;
  private int attempt;
  private String vacancyText;
  private LocalDate closingDate;
  private boolean internalCandidateRoute;
  private String outcome;
  private String remarks;
  private String openedBy;
  private Instant openedAt;

  protected Vacancy() {}

  Vacancy(Post post, int attempt, String vacancyText, LocalDate closingDate, boolean internalCandidateRoute, String openedBy, Instant openedAt) {
    this.post = post;
    this.attempt = attempt;
    this.vacancyText = vacancyText;
    this.closingDate = closingDate;
    this.internalCandidateRoute = internalCandidateRoute;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void close(String outcome, String remarks) {
    this.outcome = outcome;
    this.remarks = remarks;
  }

  public Long getId() { return id; }
  public Post getPost() { return post; }
  public int getAttempt() { return attempt; }
  public String getVacancyText() { return vacancyText; }
  public LocalDate getClosingDate() { return closingDate; }
  public boolean isInternalCandidateRoute() { return internalCandidateRoute; }
  public String getOutcome() { return outcome; }
  public String getRemarks() { return remarks; }
  public Instant getOpenedAt() { return openedAt; }
}

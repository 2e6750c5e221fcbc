package nl.coachplan.coachhiring;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.Post;

/** The coach hired for a post of a plan; a trainee learns on the job, coached by the other coaches. */
@Entity
public class Coach {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Post post;
  private String name;
  private boolean trainee;
  private String appointedBy;
  private Instant appointedAt;

  protected Coach() {}

  Coach(Post post, String name, boolean trainee, String appointedBy, Instant appointedAt) {
    this.post = post;
    this.name = name;
    this.trainee = trainee;
    this.appointedBy = appointedBy;
    this.appointedAt = appointedAt;
  }

  public Long getId() { return id; }
  public Post getPost() { return post; }
  public Plan getPlan() { return post.getPlan(); }
  public String getName() { return name; }
  public boolean isTrainee() { return trainee; }
  public Instant getAppointedAt() { return appointedAt; }
}

package nl.coachplan.planintake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/**
 * One post (vacature) of a plan: the aanvoerder divides the approved fte into posts when drafting the
 * profile, and each post is hired and contracted on its own. Its fte = its hours per week / the
 * employer's full-time week.
 */
@Entity
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  /** 1, 2, … in the order the aanvoerder listed them; names the post in its processes' business keys. */
  @Column(name = "post_number")
  private int number;
  /** What the post is for, if the aanvoerder said (BSO, sportvereniging). */
  private String title;
  private BigDecimal hoursPerWeek;
  private BigDecimal fullTimeHours;
  private BigDecimal fte;

  protected Post() {}

  Post(Plan plan, int number) {
    this.plan = plan;
    this.number = number;
  }

  void describe(String title, BigDecimal hoursPerWeek, BigDecimal fullTimeHours, BigDecimal fte) {
    this.title = title;
    this.hoursPerWeek = hoursPerWeek;
    this.fullTimeHours = fullTimeHours;
    this.fte = fte;
  }

  public Long getId() { return id; }
  public Plan getPlan() { return plan; }
  public int getNumber() { return number; }
  public String getTitle() { return title; }

  /** "Post 2", or "Post 2 (BSO)" when the aanvoerder said what it is for. */
  public String label() {
    return "Post " + number + (title == null ? "" : " (" + title + ")");
  }
  public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
  public BigDecimal getFullTimeHours() { return fullTimeHours; }
  public BigDecimal getFte() { return fte; }
}

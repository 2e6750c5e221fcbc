package nl.coachplan.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The gemeente running the scheme; its code is on every case so several can share one installation later. */
@Entity
public class Municipality {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String code;
  private String name;

  protected Municipality() {}

  public Municipality(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }

  /** The configuration names the municipality; a new name there is its name here. */
  public void rename(String name) { this.name = name; }
}

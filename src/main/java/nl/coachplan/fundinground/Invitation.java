package nl.coachplan.fundinground;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.coachplan.organisation.Organisation;

/** An organisation invited to the inspiration meeting, and whether it came. */
@Embeddable
public class Invitation {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;
  @Column(nullable = false)
  private boolean attended;

  protected Invitation() {}

  Invitation(Organisation organisation) {
    this.organisation = organisation;
  }

  public Organisation getOrganisation() { return organisation; }
  public boolean isAttended() { return attended; }

  void setAttended(boolean attended) { this.attended = attended; }
}

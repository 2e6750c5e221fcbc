package nl.coachplan.planintake;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.util.List;

/** The coach's job profile (functieprofiel), one for all the plan's posts ({@link Post}: their hours). */
@Entity
public class Profile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  private String profileType;
  private String localTitle;
  private String tasks;
  private String competencies;
  private String trainingAdvice;
  @Version
  private long version;

  protected Profile() {}

  Profile(Plan plan) {
    this.plan = plan;
  }

  void draft(String profileType, String localTitle, String tasks, List<String> competencies) {
    this.profileType = profileType;
    this.localTitle = localTitle;
    this.tasks = tasks;
    this.competencies = Codes.join(competencies);
    this.trainingAdvice = null;
  }

  void advise(String trainingAdvice) { this.trainingAdvice = trainingAdvice; }

  public Plan getPlan() { return plan; }
  public String getProfileType() { return profileType; }
  public String getLocalTitle() { return localTitle; }
  public String getTasks() { return tasks; }
  public List<String> getCompetencies() { return Codes.split(competencies); }
  public String getTrainingAdvice() { return trainingAdvice; }
}

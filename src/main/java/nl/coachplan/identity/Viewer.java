package nl.coachplan.identity;

import java.util.List;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.organisation.Organisation;

/** Who is looking at the dashboard, a case file or the API, and what that person may see. */
public record Viewer(String userId, List<String> groups) {

  public static final String ATTRIBUTE = "nl.coachplan.identity.Viewer";

  /** Coordinator, policy officer, manager and administrator see every case of the municipality. */
  public boolean seesMunicipality() {
    return groups.contains(CurrentUser.COORDINATOR) || groups.contains(CurrentUser.POLICY_OFFICER)
        || groups.contains(CurrentUser.MANAGER) || groups.contains(CurrentUser.ADMIN);
  }

  /** The organisations this person works for (an organisation's user sees the plans it leads or joins). */
  public List<String> organisationSlugs() {
    return groups.stream().filter(g -> g.startsWith(Organisation.GROUP_PREFIX))
        .map(g -> g.substring(Organisation.GROUP_PREFIX.length())).toList();
  }
}

package nl.coachplan.identity;

import java.util.List;
import nl.coachplan.organisation.Organisation;

/**
 * Who is asking: a signed-in user with its Camunda groups, or the application itself (start-up,
 * timers, the demo), which has no user id. What a viewer may do is decided by {@link AccessPolicy}.
 */
public record Viewer(String userId, List<String> groups) {

  public static final String ATTRIBUTE = "nl.coachplan.identity.Viewer";

  private static final Viewer APPLICATION = new Viewer(null, List.of());

  public Viewer {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public static Viewer application() {
    return APPLICATION;
  }

  /** Whoever acts inside the engine's transaction now (the application when nobody is signed in). */
  public static Viewer acting(nl.coachplan.engine.CurrentUser user) {
    return user.isSystem() ? APPLICATION : new Viewer(user.id(), user.groups());
  }

  public boolean isApplication() {
    return userId == null;
  }

  /** Coordinator, policy officer, manager and administrator see every case of the municipality. */
  public boolean seesMunicipality() {
    return new AccessPolicy().seesMunicipality(this);
  }

  /** The organisations this person works for (an organisation's user sees the plans it leads or joins). */
  public List<String> organisationSlugs() {
    return groups.stream().filter(g -> g.startsWith(Organisation.GROUP_PREFIX))
        .map(g -> g.substring(Organisation.GROUP_PREFIX.length())).toList();
  }
}

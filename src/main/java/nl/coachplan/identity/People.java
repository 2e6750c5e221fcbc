package nl.coachplan.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.OrganisationRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Names instead of ids on our pages: a person by first and last name from Camunda's identity, an
 * organisation's user by the organisation's name (it acts for the organisation), a group by its
 * name. Falls back to the id, e.g. for a user removed since.
 */
@Service
public class People {

  private final IdentityService identity;
  private final OrganisationRepository organisations;
  private final AsCaller asCaller;

  public People(IdentityService identity, OrganisationRepository organisations, AsCaller asCaller) {
    this.identity = identity;
    this.organisations = organisations;
    this.asCaller = asCaller;
  }

  /** Each id's name (ids that are null are left out). */
  public Map<String, String> names(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    // As the application: who did a step is part of the case the viewer may see, though an
    // organisation's user may not read Camunda's users.
    return asCaller.run(null, List.of(), () -> {
      Map<String, String> names = new HashMap<>();
      for (String id : ids) {
        names.put(id, lookUp(id));
      }
      return names;
    });
  }

  public String name(String userId) {
    if (userId == null) {
      return null;
    }
    return names(List.of(userId)).get(userId);
  }

  /** Candidate groups of a task by name ("SWOS ouderenwelzijn", "Coördinator buurtsportcoaches"). */
  public Map<String, String> groupNames(Collection<String> groupIds) {
    List<String> ids = groupIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return asCaller.run(null, List.of(), () -> {
      Map<String, String> names = new HashMap<>();
      for (Group group : identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).unlimitedList()) {
        if (group.getName() != null && !group.getName().isBlank()) {
          names.put(group.getId(), group.getName());
        }
      }
      for (String id : ids) {
        if (!names.containsKey(id) && id.startsWith(Organisation.GROUP_PREFIX)) {
          organisations.findBySlug(id.substring(Organisation.GROUP_PREFIX.length())).ifPresent(o -> names.put(id, o.getName()));
        }
        names.putIfAbsent(id, id);
      }
      return names;
    });
  }

  private String lookUp(String id) {
    List<String> groups = identity.createGroupQuery().groupMember(id).unlimitedList().stream().map(Group::getId).toList();
    List<String> organisationsOfUser = groups.stream().filter(g -> g.startsWith(Organisation.GROUP_PREFIX)).toList();
    if (organisationsOfUser.size() == 1 && organisationsOfUser.size() == groups.size()) {
      String slug = organisationsOfUser.get(0).substring(Organisation.GROUP_PREFIX.length());
      var organisation = organisations.findBySlug(slug);
      if (organisation.isPresent()) {
        return organisation.get().getName();
      }
    }
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      return id;
    }
    String full = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return full.isEmpty() ? id : full;
  }
}

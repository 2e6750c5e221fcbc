package nl.coachplan.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks wijken up by CBS code, with a message a person understands when one is unknown. */
@Service
@Transactional(readOnly = true)
public class Wijken {

  private final WijkRepository wijken;

  public Wijken(WijkRepository wijken) {
    this.wijken = wijken;
  }

  public List<Wijk> all() {
    return wijken.findAllByCode();
  }

  /** The wijk of this code, or 404 in Dutch. */
  public Wijk one(String code) {
    return wijken.findByCode(code == null ? "" : code.trim().toUpperCase())
        .orElseThrow(() -> new NotFound("Er is geen wijk met code '" + code + "'."));
  }

  /**
   * The wijken of these codes, each once, in code order; an unknown or empty code is refused at the
   * field. {@code required} refuses an empty list.
   */
  public List<Wijk> require(String field, Collection<String> codes, boolean required) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      if (code == null || code.isBlank()) {
        throw InvalidFormDataException.of(field, "Een wijk is leeg.");
      }
      wanted.add(code.trim().toUpperCase());
    }
    if (wanted.isEmpty()) {
      if (required) {
        throw InvalidFormDataException.of(field, "Kies minstens één wijk.");
      }
      return List.of();
    }
    List<Wijk> found = wijken.findByCodeIn(wanted);
    if (found.size() < wanted.size()) {
      List<String> unknown = new ArrayList<>(wanted);
      unknown.removeAll(found.stream().map(Wijk::getCode).toList());
      throw InvalidFormDataException.of(field, "Onbekende wijk '" + unknown.get(0) + "'. Kies een wijk van de gemeente, "
          + "met haar CBS-wijkcode" + all().stream().findFirst().map(w -> ", bijvoorbeeld " + w.getCode()).orElse("") + ".");
    }
    return found;
  }
}

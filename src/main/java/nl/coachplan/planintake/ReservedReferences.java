package nl.coachplan.planintake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The plan references our API has reserved for the submissions it is starting right now (see
 * {@link PlanSubmissions}), each with its round's year. The start hands the reference to the start
 * step as its business key; the step takes it as the plan's reference only if it is held here, so a
 * business key anyone else gives a start is ignored, as before.
 */
@Component
class ReservedReferences {

  private final Map<String, Integer> held = new ConcurrentHashMap<>();

  void hold(int year, String reference) {
    held.put(reference, year);
  }

  /** True, once, for a reference held for a submission in the round of this year. */
  boolean take(int year, String reference) {
    return reference != null && held.remove(reference, year);
  }

  /** After the start, whether its step took the reference or not. */
  void release(String reference) {
    held.remove(reference);
  }
}

package nl.coachplan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.coachplan.engine.ProcessValues;

/**
 * The engine's clock while the demo tells its story: on the story's dates in the past, today's clock
 * for today's steps, and back as the demo found it when the story is told.
 */
final class DemoClock {

  /** The day the story is told up to. */
  private final LocalDate today;
  /** The engine's clock when the demo started, and whether it was the real one. */
  private final Instant clockAtStart;
  private final boolean realClock;
  /** Whether the engine's clock is the story's (a day in the past) rather than today's. */
  private boolean storyClock;

  DemoClock() {
    today = ProcessValues.today();
    // A test may have set the engine's clock to another day; the story ends on that clock.
    clockAtStart = ProcessValues.now();
    realClock = Math.abs(Duration.between(clockAtStart, Instant.now()).toMinutes()) < 1;
  }

  LocalDate today() {
    return today;
  }

  /**
   * The engine's clock at the story's date, so timers, due dates and the case file tell the story in
   * time: at 9:00 in the municipality, and a few minutes later for each next step (see {@link #later()}).
   * Midnight for every step showed "00:00" all through the case file's timeline and left steps of
   * one day without an order. Today's steps run on today's clock.
   */
  void on(LocalDate day) {
    if (day.isBefore(today)) {
      storyClock = true;
      ProcessValues.setClock(day.atTime(9, 0).atZone(ProcessValues.ZONE).toInstant());
    } else {
      backToToday();
    }
  }

  /** A few minutes of the working day pass between two steps of the story. */
  void later() {
    if (storyClock) {
      ProcessValues.setClock(ProcessValues.now().plusSeconds(3 * 60));
    }
  }

  /** The engine's clock as the demo found it: the real one, or the day a test set. */
  void backToToday() {
    storyClock = false;
    if (realClock) {
      ProcessValues.resetClock();
    } else {
      ProcessValues.setClock(clockAtStart);
    }
  }
}

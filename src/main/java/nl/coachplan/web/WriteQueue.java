package nl.coachplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes through our API and the portal (submitting plans, completing tasks) take their turn, first
 * come first served, with a few at a time in the engine. At a deadline many organisations submit at
 * once: all of them in the engine together share the processors and the database in no particular
 * order, so some wait much longer than the rest; queued, each waits about as long as the others and
 * the engine is not slower for it. A write that has waited too long is told to try again (503), so a
 * queue never grows without end. Reading is not queued.
 */
public class WriteQueue extends OncePerRequestFilter {

  private final Semaphore turns;
  private final long waitMillis;

  public WriteQueue(int concurrent, long waitMillis) {
    this.turns = new Semaphore(concurrent, true);
    this.waitMillis = waitMillis;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !Writes.isWrite(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean turn;
    try {
      turn = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn = false;
    }
    if (!turn) {
      busy(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      turns.release();
    }
  }

  private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Writes.turnAway(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Even geduld",
        "Coachplan verwerkt nu veel wijzigingen tegelijk en heeft de uwe niet uitgevoerd; probeer het over enkele seconden opnieuw.", 5);
  }
}

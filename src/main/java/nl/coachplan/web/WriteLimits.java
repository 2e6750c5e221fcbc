package nl.coachplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes per user (submitting and withdrawing plans, completing tasks; through {@code /api/v1} and the
 * portal) are limited by a token bucket: a burst, then a steady rate. One organisation could submit 50
 * plans in a few seconds. The buckets are in memory, per node: behind a load balancer with n nodes a
 * user may write up to n times as fast, which still bounds a runaway client. Reading is not limited.
 */
public class WriteLimits extends OncePerRequestFilter {

  private final int burst;
  private final double perNano;
  private final LongSupplier clock;
  /** One bucket per signed-in user: as many as there are users, who are all in Camunda's identity. */
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public WriteLimits(int burst, int perMinute, LongSupplier nanoClock) {
    this.burst = burst;
    this.perNano = perMinute / 60e9;
    this.clock = nanoClock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !Writes.isWrite(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response); // refused by the sign-in anyway
      return;
    }
    long wait = buckets.computeIfAbsent(signedIn.getName(), user -> new Bucket(burst, clock.getAsLong())).take(clock.getAsLong());
    if (wait == 0) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (long) Math.ceil(wait / 1e9));
    Writes.turnAway(request, response, 429, "Te veel verzoeken",
        "U stuurt te veel wijzigingen kort na elkaar; probeer het over " + seconds + " seconden opnieuw.", seconds);
  }

  /** Tokens refill continuously up to the burst; a write takes one. */
  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    /** 0 when a write may go ahead, else the nanoseconds until it may. */
    synchronized long take(long now) {
      tokens = Math.min(burst, tokens + (now - updated) * perNano);
      updated = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}

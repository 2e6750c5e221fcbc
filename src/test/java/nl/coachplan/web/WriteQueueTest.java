package nl.coachplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Writes take their turn; one that waits too long is told, in Dutch, to try again; reading never waits. */
class WriteQueueTest {

  @Test
  void aWriteWaitsItsTurnAndIsToldToTryAgainWhenTheQueueIsFull() throws Exception {
    WriteQueue queue = new WriteQueue(1, 200);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FilterChain slow = (request, response) -> {
      inside.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ((MockHttpServletResponse) response).setStatus(201);
    };
    MockHttpServletResponse first = new MockHttpServletResponse();
    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
      try {
        queue.doFilter(write("/api/v1/plans"), first, slow);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

    // The engine's one turn is taken: a second write waits, then hears why it was not carried out.
    MockHttpServletResponse second = new MockHttpServletResponse();
    boolean[] ran = {false};
    queue.doFilter(write("/api/v1/plans"), second, (request, response) -> ran[0] = true);
    assertThat(ran[0]).as("the waiting write was not carried out").isFalse();
    assertThat(second.getStatus()).isEqualTo(503);
    assertThat(second.getHeader("Retry-After")).isEqualTo("5");
    assertThat(second.getContentType()).startsWith("application/problem+json");
    assertThat(second.getContentAsString()).contains("probeer het over enkele seconden opnieuw").doesNotContain("Exception");

    // Reading does not queue.
    MockHttpServletResponse read = new MockHttpServletResponse();
    MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/v1/tasks");
    queue.doFilter(get, read, (request, response) -> ((MockHttpServletResponse) response).setStatus(200));
    assertThat(read.getStatus()).isEqualTo(200);

    release.countDown();
    running.get(10, TimeUnit.SECONDS);
    assertThat(first.getStatus()).isEqualTo(201);

    // Its turn given back, the next write goes through.
    MockHttpServletResponse third = new MockHttpServletResponse();
    queue.doFilter(write("/portaal/taken/1"), third, (request, response) -> ((MockHttpServletResponse) response).setStatus(303));
    assertThat(third.getStatus()).isEqualTo(303);
  }

  private static MockHttpServletRequest write(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRequestURI(path);
    return request;
  }
}

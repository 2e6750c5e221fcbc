package nl.coachplan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** HTTP as a client of the running application sees it: Basic sign-in on every request, timings in ms. */
final class BenchHttp {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  BenchHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  record Answer(int status, String body) {}

  Answer send(String method, String path, String user, String password, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    headers.forEach(request::header);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in on the login page as a browser does and returns the session cookie. */
  String signIn(String user, String password) {
    try {
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
          HttpResponse.BodyHandlers.ofString());
      String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
      String form = "username=" + user + "&password=" + password + "&_csrf=" + token;
      HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("fout")) {
        throw new IllegalStateException("Sign-in of " + user + " failed: " + signedIn.statusCode());
      }
      return signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
    } catch (IOException e) {
      throw new IllegalStateException("Sign-in: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET in a signed-in session, as the browser sends it; insists on 200. */
  Answer get(String path, String sessionCookie) {
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
          .header("Cookie", sessionCookie).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
      }
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and insists on the expected status, so a benchmark never times error pages. */
  Answer expect(int status, String method, String path, String user, String password, String json, Map<String, String> headers) {
    Answer answer = send(method, path, user, password, json, headers);
    if (answer.status() != status) {
      throw new IllegalStateException(method + " " + path + " as " + user + " answered " + answer.status() + " instead of "
          + status + ": " + answer.body().substring(0, Math.min(400, answer.body().length())));
    }
    return answer;
  }

  /** Latencies of one request repeated, after a warm-up; p50 and p95 in ms. */
  static Latency latency(int warmUp, int samples, Runnable request) {
    for (int i = 0; i < warmUp; i++) {
      request.run();
    }
    double[] ms = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      request.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return Latency.of(ms);
  }

  /** Requests spread over several client threads; the rate over the wall-clock time of all of them. */
  static double throughput(int clients, int requests, java.util.function.IntConsumer request) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        work.add(() -> {
          for (int i = client; i < requests; i += clients) {
            request.accept(i);
          }
          return null;
        });
      }
      long start = System.nanoTime();
      for (Future<Void> done : pool.invokeAll(work)) {
        done.get();
      }
      return requests / ((System.nanoTime() - start) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  record Latency(double p50, double p95, int samples) {
    static Latency of(double[] ms) {
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      return new Latency(percentile(sorted, 50), percentile(sorted, 95), sorted.length);
    }

    private static double percentile(double[] sorted, int p) {
      int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return Math.round(sorted[Math.max(0, rank)] * 100) / 100.0;
    }
  }
}

package cn.szftu.studio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.AppProcess;
import cn.szftu.studio.support.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 7 of issue 8 on a PostgreSQL cluster of the test's own: the application started while the database is down
 * (it waits, and starts once the database comes up), light load, the database stopped for 45 s and started again.
 * During the outage every request needing the database answers 503 quickly with a Chinese sentence and nothing of
 * the internals, health is DOWN; afterwards everything works again without a restart, nothing acknowledged is lost,
 * the job executor and the mail outbox resume. Finally a start with the database never coming up exits non-zero in
 * bounded time with a clear log line. Figures on a line starting with {@code OUTAGE:}.
 */
class DatabaseOutageStandaloneIT {

  static final int DB_PORT = 18150;
  static final int APP_PORT = 18160;
  static final int SECOND_APP_PORT = 18162;
  static final int SMTP_PORT = 18161;
  static final Duration OUTAGE = Duration.ofSeconds(45);
  static final Duration DOWN_AT_START = Duration.ofSeconds(8);
  /** A request during the outage may wait for a connection (3 s) and a probe; never for half a minute. */
  static final Duration MAX_ANSWER = Duration.ofSeconds(10);
  static final Pattern INTERNALS = Pattern.compile(
      "Exception|\\bat [a-z]+\\.|org\\.|java\\.|cn\\.szftu|SQL|select |insert |update |ENGINE-|Hikari|PSQL|jdbc",
      Pattern.CASE_INSENSITIVE);
  static final String RECOMMEND = "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}";
  static final String RETURN = "{\"variables\":{\"decision\":{\"value\":\"RETURN\"},\"reasons\":{\"value\":\"补充材料\"}}}";

  private final List<AppProcess> apps = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private PrivatePostgres postgres;
  private GreenMail smtp;

  record Call(String kind, long startedMs, long tookMs, int status, String body) {
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (AppProcess app : apps) {
      app.stop();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theApplicationWaitsForTheDatabaseSurvivesItsOutageAndGivesUpOnOneThatNeverComes() throws Exception {
    long t0 = System.nanoTime();
    postgres = PrivatePostgres.create("outage-pg", DB_PORT);
    postgres.start();
    PrivatePostgres.createDatabase(postgres.url("postgres"), "studio");
    postgres.stop();
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();

    // Start-up while the database is down: the application waits and starts once it is up.
    long startAt = System.nanoTime();
    AppProcess app = AppProcess.builder("outage").profiles("demo").port(APP_PORT)
        .database(postgres.url("studio"), "postgres", "")
        .property("studio.database.startup-wait", "120s")
        .property("spring.mail.host", "127.0.0.1").property("spring.mail.port", String.valueOf(SMTP_PORT))
        .property("studio.mail.poll-interval", "PT1S")
        .start();
    apps.add(app);
    Thread.sleep(DOWN_AT_START.toMillis());
    assertThat(app.isAlive()).as("the application waits for the database instead of exiting").isTrue();
    postgres.start();
    app.awaitHealthy(Duration.ofMinutes(4));
    double waitedStartSeconds = (System.nanoTime() - startAt) / 1e9;
    assertThat(app.logs()).contains("not reachable").contains("waiting up to 120 s");

    // The union's quota (3) would turn later recommendations into refusals; the test is about the outage.
    try (var c = DriverManager.getConnection(postgres.url("studio"), "postgres", "")) {
      c.createStatement().execute("update batch_quota set quota = 100000");
    }
    WebSession applicant = WebSession.login(app.baseUrl(), "applicant1", "applicant1");
    WebSession reviewer = WebSession.login(app.baseUrl(), "nanshan", "nanshan");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    // A new request every 200 ms whether or not the previous ones have answered: users do not wait for each other.
    long loadStart = System.nanoTime();
    java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(32);
    java.util.concurrent.ScheduledExecutorService ticker =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(() -> clients.execute(() -> {
      long started = System.nanoTime();
      calls.add(call(app, sequence.getAndIncrement(), acknowledged, applicant, reviewer, started, loadStart));
    }), 0, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
    Thread.sleep(10_000);

    long stopAt = System.nanoTime();
    postgres.stop();
    long stopped = System.nanoTime();
    List<Call> health = new ArrayList<>();
    while (System.nanoTime() - stopped < OUTAGE.toNanos()) {
      long started = System.nanoTime();
      HttpResponse<String> h = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health")));
      health.add(new Call("health", ms(started, loadStart), ms(started, System.nanoTime()), h.statusCode(),
          h.body()));
      sleepQuietly(3000);
    }
    // The form login asks Camunda's identity service: no "wrong password" while the database is away.
    String loginDuringOutage;
    try {
      WebSession.login(app.baseUrl(), "applicant2", "applicant2");
      loginDuringOutage = "succeeded";
    } catch (IllegalStateException e) {
      loginDuringOutage = e.getMessage();
    }
    assertThat(loginDuringOutage).as("form login during the outage").endsWith("failed: 503");
    long restartAt = System.nanoTime();
    postgres.start();
    long upAgain = System.nanoTime();
    double outageSeconds = (upAgain - stopAt) / 1e9;

    // Recovery: health UP and every kind of request succeeding again, without restarting the application.
    Map<String, Double> recoveredAfter = new TreeMap<>();
    long recoveryDeadline = upAgain + Duration.ofSeconds(90).toNanos();
    Set<String> kinds = Set.of("tasks", "start", "complete", "page", "tasklist");
    while (System.nanoTime() < recoveryDeadline && (recoveredAfter.size() < kinds.size() + 1)) {
      if (!recoveredAfter.containsKey("health") && app.healthy()) {
        recoveredAfter.put("health", (System.nanoTime() - upAgain) / 1e9);
      }
      synchronized (calls) {
        for (Call c : calls) {
          if (c.status() / 100 == 2 && c.startedMs() > ms(loadStart, upAgain)) {
            recoveredAfter.putIfAbsent(c.kind(), (c.startedMs() + c.tookMs() - ms(loadStart, upAgain)) / 1000.0);
          }
        }
      }
      Thread.sleep(500);
    }
    Thread.sleep(3000);
    ticker.shutdownNow();
    clients.shutdown();
    assertThat(clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(recoveredAfter.keySet()).as("recovered after the database came back (seconds): %s", recoveredAfter)
        .containsAll(kinds).contains("health");
    assertThat(app.isAlive()).isTrue();

    // During the outage: 503, quickly, Chinese, nothing internal.
    long outageFrom = ms(loadStart, stopped);
    long outageTo = ms(loadStart, restartAt);
    Map<String, Integer> outageStatuses = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    long slowest = 0;
    int duringOutage = 0;
    for (Call c : List.copyOf(calls)) {
      String what = c.kind() + " at " + c.startedMs() + " ms (outage " + outageFrom + ".." + outageTo + " ms), "
          + c.tookMs() + " ms: " + c.status() + " " + c.body();
      boolean inside = c.startedMs() >= outageFrom && c.startedMs() + c.tookMs() <= outageTo;
      if (inside) {
        duringOutage++;
        outageStatuses.merge(c.kind() + " " + c.status(), 1, Integer::sum);
        slowest = Math.max(slowest, c.tookMs());
        if (c.status() != 503 || c.tookMs() > MAX_ANSWER.toMillis() || !c.body().contains("数据库暂时无法连接")) {
          problems.add("during the outage, not a quick Chinese 503: " + what);
        }
      }
      // Two load requests completing the same task at once: one loses, and is told so (ConcurrentChangeFilter).
      boolean lostRace = c.kind().equals("complete") && (c.status() == 409 || c.status() == 404)
          && c.body().contains("未生效");
      if (c.status() / 100 != 2 && c.status() != 503 && !lostRace) {
        problems.add("neither success nor 503: " + what);
      }
      if (c.status() / 100 != 2 && INTERNALS.matcher(c.body()).find()) {
        problems.add("internals shown: " + what);
      }
    }
    assertThat(problems).as("load requests around the outage").isEmpty();
    assertThat(duringOutage).as("requests during the outage").isGreaterThan(20);
    assertThat(health).as("health during the outage").isNotEmpty()
        .allSatisfy(h -> assertThat(h.status()).as("health: %s", h.body()).isEqualTo(503))
        .allSatisfy(h -> assertThat(h.body()).contains("DOWN"));

    // Nothing acknowledged is lost; the job executor and the outbox work again.
    Set<String> keys = new java.util.HashSet<>();
    try (var c = DriverManager.getConnection(postgres.url("studio"), "postgres", "");
        var r = c.createStatement().executeQuery(
            "select business_key_ from act_hi_procinst where proc_def_key_ = 'studio-application'")) {
      while (r.next()) {
        keys.add(r.getString(1));
      }
    }
    assertThat(keys).as("acknowledged applications after the outage").containsAll(acknowledged);
    String jobRun = timerFiresAfterRecovery(app);
    int mailsBefore = smtp.getReceivedMessages().length;
    HttpResponse<String> started = rest(app, "POST", "/process-definition/key/studio-application/submit-form",
        "applicant1", cn.szftu.studio.support.RestClient.validApplication());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(smtp.waitForIncomingEmail(30_000, mailsBefore + 1)).as("the outbox sends again").isTrue();
    app.stop();

    // Start-up with a database that never comes: a bounded wait, a clear line, a non-zero exit.
    postgres.stop();
    long neverAt = System.nanoTime();
    AppProcess never = AppProcess.builder("outage-never").profiles("demo").port(SECOND_APP_PORT)
        .database(postgres.url("studio"), "postgres", "")
        .property("studio.database.startup-wait", "10s")
        .start();
    apps.add(never);
    OptionalInt exit = never.waitForExit(Duration.ofSeconds(90));
    double neverSeconds = (System.nanoTime() - neverAt) / 1e9;
    assertThat(exit).as("the start without a database ends by itself; log:\n%s", never.tail(30)).isPresent();
    assertThat(exit.getAsInt()).as("exit status").isNotZero();
    assertThat(never.logs()).contains("DATABASE UNAVAILABLE").contains("within 10 s");
    assertThat(never.logs()).doesNotContain("Tomcat started");

    Map<String, Integer> statuses = new TreeMap<>();
    for (Call c : List.copyOf(calls)) {
      statuses.merge(c.status() + "", 1, Integer::sum);
    }
    System.out.printf("OUTAGE: start-up with the database down for %d s: healthy after %.0f s; outage %.0f s "
            + "(pg_ctl stop -m fast .. start); %d load requests in all %s, %d during the outage %s, slowest %d ms; "
            + "health during the outage %d x 503 DOWN, form login 503; recovered without restart after (s) %s; "
            + "%d acknowledged applications, 0 lost; %s; outbox sent again; "
            + "start-up with the database never up: exit %d after "
            + "%.0f s (wait 10 s); %.0f s in all%n",
        DOWN_AT_START.toSeconds(), waitedStartSeconds, outageSeconds, calls.size(), statuses, duringOutage,
        outageStatuses, slowest, health.size(), recoveredAfter, acknowledged.size(), jobRun, exit.getAsInt(),
        neverSeconds, (System.nanoTime() - t0) / 1e9);
  }

  /** One light-load request; the kind rotates: task list, start, task completion, app page, Tasklist API. */
  private Call call(AppProcess app, int i, Set<String> acknowledged, WebSession applicant, WebSession reviewer,
      long started, long loadStart) {
    String kind = switch (i % 5) {
      case 0 -> "tasks";
      case 1 -> "start";
      case 2 -> "complete";
      case 3 -> "page";
      default -> "tasklist";
    };
    HttpResponse<String> response;
    try {
      response = switch (kind) {
        case "tasks" -> rest(app, "GET", "/task?candidateGroup=union-nanshan&maxResults=5", "nanshan", null);
        case "start" -> {
          HttpResponse<String> r = rest(app, "POST", "/process-definition/key/studio-application/submit-form",
              "applicant1", cn.szftu.studio.support.RestClient.validApplication());
          if (r.statusCode() == 200) {
            acknowledged.add(businessKey(app, r));
          }
          yield r;
        }
        case "complete" -> complete(app);
        case "page" -> applicant.get("/applications");
        default -> reviewer.webappCall("GET", "/camunda/api/engine/engine/default/task?maxResults=5", null);
      };
    } catch (RuntimeException e) {
      return new Call(kind, ms(loadStart, started), ms(started, System.nanoTime()), -1, e.toString());
    }
    return new Call(kind, ms(loadStart, started), ms(started, System.nanoTime()), response.statusCode(),
        response.body());
  }

  /** The union reviewer decides the oldest open recommendation (every other one is returned: a timer). */
  private HttpResponse<String> complete(AppProcess app) {
    HttpResponse<String> list = rest(app, "GET",
        "/task?taskDefinitionKey=Task_RecommendApplication&candidateGroup=union-nanshan&maxResults=10", "nanshan",
        null);
    if (list.statusCode() != 200) {
      return list;
    }
    JsonNode tasks = read(list);
    if (tasks.isEmpty()) {
      return list;
    }
    String id = tasks.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(tasks.size())).get("id").asText();
    return rest(app, "POST", "/task/" + id + "/submit-form", "nanshan", id.hashCode() % 2 == 0 ? RETURN : RECOMMEND);
  }

  /** A correction deadline brought forward by the administrator fires: the job executor works again. */
  private String timerFiresAfterRecovery(AppProcess app) throws Exception {
    JsonNode timers = read(rest(app, "GET", "/job?timers=true&activityId=Event_CorrectionLapsed&maxResults=1",
        "demo", null));
    if (timers.isEmpty()) {
      HttpResponse<String> started = rest(app, "POST", "/process-definition/key/studio-application/submit-form",
          "applicant1", cn.szftu.studio.support.RestClient.validApplication());
      String instance = read(started).get("id").asText();
      String task = read(rest(app, "GET", "/task?processInstanceId=" + instance + "&maxResults=5", "nanshan", null)).get(0)
          .get("id").asText();
      assertThat(rest(app, "POST", "/task/" + task + "/submit-form", "nanshan", RETURN).statusCode()).isEqualTo(204);
      timers = read(rest(app, "GET", "/job?timers=true&activityId=Event_CorrectionLapsed&maxResults=1", "demo",
          null));
    }
    String job = timers.get(0).get("id").asText();
    String now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    assertThat(rest(app, "PUT", "/job/" + job + "/duedate", "demo", "{\"duedate\":\"" + now + "\"}").statusCode())
        .isEqualTo(204);
    long due = System.nanoTime();
    long deadline = due + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (rest(app, "GET", "/job/" + job, "demo", null).statusCode() == 404) {
        return String.format("a due timer job ran %.1f s after it fell due", (System.nanoTime() - due) / 1e9);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the job executor did not run timer " + job + " within 60 s after the outage");
  }

  private String businessKey(AppProcess app, HttpResponse<String> started) {
    JsonNode instance = read(started);
    String key = instance.path("businessKey").asText("");
    return key.isEmpty() ? read(rest(app, "GET", "/process-instance/" + instance.get("id").asText(), "applicant1",
        null)).path("businessKey").asText() : key;
  }

  private HttpResponse<String> rest(AppProcess app, String method, String path, String user, String body) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/engine-rest" + path))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(response.statusCode() + ": " + response.body(), e);
    }
  }

  private static long ms(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package cn.szftu.studio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.mail.MessageIds;
import cn.szftu.studio.support.AppProcess;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 6 of issue 8: a few hundred applications driven through REST into mixed states, load still running, the
 * application killed with SIGKILL while the job executor holds locked jobs and the outbox is sending; then a restart
 * on the same database. Nothing acknowledged is lost, every instance waits at a committed wait state, the jobs locked
 * by the dead process run once after their lock expires, and every queued mail arrives, once per Message-ID. Figures
 * are printed on a line starting with {@code CRASH:}.
 */
class CrashStandaloneIT {

  static final int APP_PORT = 18120;
  static final int SMTP_PORT = 18121;
  static final int INSTANCES = 300;
  static final int CLIENTS = 4;
  /** Short, so the jobs the dead process held become free again soon after the restart. */
  static final long LOCK_MILLIS = 15_000;
  static final String FROM = "noreply@crash.invalid";
  static final String RECOMMEND = "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}";

  private final List<AppProcess> apps = new ArrayList<>();
  private String database;
  private GreenMail smtp;

  @AfterEach
  void cleanUp() throws Exception {
    for (AppProcess app : apps) {
      app.stop();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (database != null) {
      TestDatabase.Connection base = TestDatabase.get();
      try (var c = DriverManager.getConnection(base.url(), base.user(), base.password());
          var s = c.createStatement()) {
        s.execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  @Test
  void aKilledApplicationRestartsWithEverythingAcknowledgedAndEveryJobAndMailOnce() throws Exception {
    long testStart = System.nanoTime();
    database = "studio_crash_" + Long.toString(System.nanoTime(), 36);
    TestDatabase.Connection db = TestDatabase.createDatabase(database);
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();

    AppProcess first = start(db, "crash-first");
    // The city office's quota would stop recommendations after three; the test is about crashing, not quotas.
    sql(db, "update batch_quota set quota = 100000");
    RestClient rest = new RestClient(first.baseUrl());

    Set<String> acknowledgedKeys = ConcurrentHashMap.newKeySet();
    Set<String> acknowledgedTasks = ConcurrentHashMap.newKeySet();
    AtomicInteger journeys = new AtomicInteger();
    AtomicBoolean dead = new AtomicBoolean();
    AtomicReference<Throwable> clientFailure = new AtomicReference<>();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Thread client = new Thread(() -> {
        while (!dead.get()) {
          try {
            journey(rest, journeys.getAndIncrement(), acknowledgedKeys, acknowledgedTasks);
          } catch (RuntimeException e) {
            if (!dead.get()) {
              clientFailure.compareAndSet(null, e);
              return;
            }
          }
        }
      }, "crash-client-" + c);
      client.start();
      clients.add(client);
    }
    long buildStart = System.nanoTime();
    while (acknowledgedKeys.size() < INSTANCES && clientFailure.get() == null) {
      Thread.sleep(200);
    }
    assertThat(clientFailure.get()).as("clients before the crash").isNull();
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

    // The administrator brings the correction deadlines forward (Cockpit's "change due date"): the job executor gets
    // a backlog of timers while the clients keep going.
    List<String> timers = new ArrayList<>();
    for (JsonNode job : rest.json(rest.get("/job?timers=true&activityId=Event_CorrectionLapsed&maxResults=2000", "demo"))) {
      timers.add(job.get("id").asText());
    }
    assertThat(timers).as("correction deadline timers exist").hasSizeGreaterThan(20);
    String now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    Set<String> dueTimers = new HashSet<>();
    for (String id : timers) {
      HttpResponse<String> due = rest.put("/job/" + id + "/duedate", "demo", "{\"duedate\":\"" + now + "\"}");
      assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
      dueTimers.add(id);
    }

    // Kill while the dead process holds locked jobs (acquired, executing or queued) and the clients are mid-request.
    long waitForLocks = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (lockedJobs(db).size() < 3 && System.nanoTime() < waitForLocks) {
      Thread.sleep(20);
    }
    int keysAtKill = acknowledgedKeys.size();
    dead.set(true);
    first.kill9();
    double killAt = (System.nanoTime() - testStart) / 1e9;
    for (Thread client : clients) {
      client.join(30_000);
    }
    Map<String, Timestamp> lockedAtKill = lockedJobs(db);
    long timersPendingAtKill = count(db, "select count(*) from act_ru_job where id_ in (" + in(dueTimers) + ")");
    long pendingMailsAtKill = count(db, "select count(*) from mail_outbox where status = 'PENDING'");
    int receivedAtKill = smtp.getReceivedMessages().length;
    assertThat(lockedAtKill).as("jobs locked by the killed process (the kill must hit a busy job executor)")
        .isNotEmpty();

    long restartStart = System.nanoTime();
    AppProcess second = start(db, "crash-second");
    double restartSeconds = (System.nanoTime() - restartStart) / 1e9;

    // Every job the dead process held runs after its lock expired, once; every due timer fires.
    long deadline = System.nanoTime() + Duration.ofMillis(LOCK_MILLIS + 120_000).toNanos();
    while (count(db, "select count(*) from act_ru_job where id_ in (" + in(dueTimers) + ")") > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(count(db, "select count(*) from act_ru_job where id_ in (" + in(dueTimers) + ")"))
        .as("due timers still waiting after the restart").isZero();
    int relockedAndRun = 0;
    for (Map.Entry<String, Timestamp> locked : lockedAtKill.entrySet()) {
      List<Timestamp> successes = timestamps(db, "select timestamp_ from act_hi_job_log where job_id_ = '"
          + locked.getKey() + "' and job_state_ = 2");
      assertThat(successes).as("job %s locked at the kill ran exactly once", locked.getKey()).hasSize(1);
      assertThat(successes.get(0)).as("job %s ran only after its lock (until %s) expired", locked.getKey(),
          locked.getValue()).isAfterOrEqualTo(locked.getValue());
      relockedAndRun++;
    }
    assertThat(count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
        + "group by job_id_ having count(*) > 1) twice")).as("jobs that succeeded twice").isZero();

    // Nothing acknowledged is lost.
    Set<String> keys = new HashSet<>(strings(db,
        "select business_key_ from act_hi_procinst where proc_def_key_ = 'studio-application'"));
    assertThat(keys).as("acknowledged business keys after the restart").containsAll(acknowledgedKeys);
    Set<String> completed = new HashSet<>(strings(db,
        "select id_ from act_hi_taskinst where end_time_ is not null"));
    assertThat(completed).as("acknowledged task completions after the restart").containsAll(acknowledgedTasks);

    // Every execution that is not a scope of others waits at something committed: a task, a subscription, a job,
    // a called instance or an external task.
    List<String> stranded = strings(db, """
        select e.proc_inst_id_ || ' at ' || coalesce(e.act_id_, '?') from act_ru_execution e
        where not exists (select 1 from act_ru_execution c where c.parent_id_ = e.id_)
          and not exists (select 1 from act_ru_execution s where s.super_exec_ = e.id_)
          and not exists (select 1 from act_ru_task t where t.execution_id_ = e.id_)
          and not exists (select 1 from act_ru_event_subscr s where s.execution_id_ = e.id_)
          and not exists (select 1 from act_ru_job j where j.execution_id_ = e.id_)
          and not exists (select 1 from act_ru_ext_task x where x.execution_id_ = e.id_)""");
    assertThat(stranded).as("executions without a wait state").isEmpty();
    Map<String, Long> states = new TreeMap<>();
    for (String state : strings(db, """
        select case when p.end_time_ is not null then 'ended:' || coalesce(p.end_act_id_, '?')
                    else 'at:' || coalesce((select string_agg(distinct t.task_def_key_, '+') from act_ru_task t
                                            where t.proc_inst_id_ = p.id_), 'called')
               end
        from act_hi_procinst p where p.proc_def_key_ = 'studio-application'""")) {
      states.merge(state.replace("Task_", "").replace("EndEvent_Preliminary", ""), 1L, Long::sum);
    }

    // Every queued mail arrives; a mail sent again because its SENT mark died with the process has the same
    // Message-ID, so after de-duplication each mail is there exactly once.
    deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (count(db, "select count(*) from mail_outbox where status <> 'SENT'") > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(strings(db, "select id || ' ' || status || ' ' || coalesce(last_error, '') from mail_outbox "
        + "where status <> 'SENT'")).as("outbox rows not delivered").isEmpty();
    Set<String> expectedIds = new HashSet<>(strings(db, "select id || chr(10) || dedup_key || chr(10) || "
        + "recipient_user_id from mail_outbox")).stream().map(row -> row.split("\n", -1))
        .map(r -> MessageIds.of(Long.parseLong(r[0]), r[1], r[2], FROM))
        .collect(java.util.stream.Collectors.toSet());
    Map<String, Integer> received = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      received.merge(message.getMessageID(), 1, Integer::sum);
    }
    assertThat(received.keySet()).as("Message-IDs received, after de-duplication, against the outbox")
        .containsExactlyInAnyOrderElementsOf(expectedIds);
    int total = received.values().stream().mapToInt(Integer::intValue).sum();
    long duplicates = total - received.size();
    // The sender marks each row in the transaction that sent it, one row at a time: the kill can cost one mark.
    assertThat(duplicates).as("mails delivered twice (only one whose SENT mark died with the process may be)")
        .isLessThanOrEqualTo(1);
    assertThat(second.healthy()).isTrue();

    System.out.printf("CRASH: %d application instances (%d acknowledged before the kill, %d acknowledged task "
            + "completions) built in %.0f s; states after restart %s; killed at %.0f s with %d jobs locked and %d of "
            + "%d due timers pending, %d mails pending; restart %.0f s; %d locked jobs ran once after lock expiry "
            + "(lock %d s); mails: %d rows, %d received at kill, %d received in all, %d duplicates by Message-ID, "
            + "0 lost; %.0f s in all%n",
        keys.size(), keysAtKill, acknowledgedTasks.size(), buildSeconds, states, killAt, lockedAtKill.size(),
        timersPendingAtKill, dueTimers.size(), pendingMailsAtKill, restartSeconds, relockedAndRun,
        LOCK_MILLIS / 1000, expectedIds.size(), receivedAtKill, total, duplicates,
        (System.nanoTime() - testStart) / 1e9);
  }

  /**
   * One application's path as the demo users walk it, chosen by number so the states mix: left with the union,
   * recommended, passed to expert evaluation, rejected, not recommended, returned for correction (a timer).
   */
  private static void journey(RestClient rest, int n, Set<String> keys, Set<String> tasks) {
    HttpResponse<String> started = rest.post("/process-definition/key/studio-application/submit-form", "applicant1",
        RestClient.validApplication());
    check(started, "start");
    JsonNode instance = rest.json(started);
    String id = instance.get("id").asText();
    String key = instance.path("businessKey").asText("");
    if (key.isEmpty()) {
      key = rest.json(rest.get("/process-instance/" + id, "applicant1")).path("businessKey").asText();
    }
    keys.add(key);
    int path = n % 20;
    if (path < 3) {
      return;
    }
    String union = switch (path) {
      case 14, 15 -> decision("REFUSE");
      case 16, 17, 18, 19 -> decision("RETURN");
      default -> RECOMMEND;
    };
    complete(rest, id, "nanshan", union, tasks);
    String office = switch (path) {
      case 9, 10, 11 -> decision("PASS");
      case 12, 13 -> decision("REJECT");
      default -> null;
    };
    if (office != null) {
      complete(rest, id, "office", office, tasks);
    }
  }

  private static void complete(RestClient rest, String instanceId, String user, String form, Set<String> tasks) {
    HttpResponse<String> list = rest.get("/task?processInstanceId=" + instanceId + "&maxResults=5", user);
    check(list, "task list");
    String taskId = rest.json(list).get(0).get("id").asText();
    check(rest.post("/task/" + taskId + "/submit-form", user, form), "submit");
    tasks.add(taskId);
  }

  private static String decision(String value) {
    return "{\"variables\":{\"decision\":{\"value\":\"" + value + "\"},\"reasons\":{\"value\":\"材料不全，请补充。\"}}}";
  }

  private static void check(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private AppProcess start(TestDatabase.Connection db, String name) throws InterruptedException {
    AppProcess app = AppProcess.builder(name).profiles("demo").port(APP_PORT).database(db)
        .property("spring.mail.host", "127.0.0.1")
        .property("spring.mail.port", String.valueOf(SMTP_PORT))
        .property("studio.mail.from", FROM)
        .property("studio.mail.poll-interval", "PT1S")
        .property("studio.mail.batch-size", "200")
        .property("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS))
        // One worker with a deep queue: acquired jobs wait locked in the queue, so the kill finds some.
        .property("camunda.bpm.job-execution.core-pool-size", "1")
        .property("camunda.bpm.job-execution.max-pool-size", "1")
        .property("camunda.bpm.job-execution.queue-capacity", "10")
        .property("camunda.bpm.job-execution.max-jobs-per-acquisition", "10")
        .start();
    apps.add(app);
    return app.awaitHealthy(Duration.ofMinutes(4));
  }

  private static Map<String, Timestamp> lockedJobs(TestDatabase.Connection db) throws SQLException {
    Map<String, Timestamp> locked = new HashMap<>();
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s = c.createStatement();
        var r = s.executeQuery("select id_, lock_exp_time_ from act_ru_job where lock_owner_ is not null")) {
      while (r.next()) {
        locked.put(r.getString(1), r.getTimestamp(2));
      }
    }
    return locked;
  }

  private static String in(Set<String> ids) {
    return ids.isEmpty() ? "''" : "'" + String.join("','", ids) + "'";
  }

  private static void sql(TestDatabase.Connection db, String statement) throws SQLException {
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password()); var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static long count(TestDatabase.Connection db, String query) throws SQLException {
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s = c.createStatement();
        var r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> strings(TestDatabase.Connection db, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s = c.createStatement();
        var r = s.executeQuery(query)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private static List<Timestamp> timestamps(TestDatabase.Connection db, String query) throws SQLException {
    List<Timestamp> values = new ArrayList<>();
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s = c.createStatement();
        var r = s.executeQuery(query)) {
      while (r.next()) {
        values.add(r.getTimestamp(1));
      }
    }
    return values;
  }
}

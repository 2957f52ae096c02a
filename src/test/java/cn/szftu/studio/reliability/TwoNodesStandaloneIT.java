package cn.szftu.studio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.reliability.cluster.ClusterDatabase;
import cn.szftu.studio.reliability.cluster.NodeClient;
import cn.szftu.studio.reliability.cluster.NodeClient.Credentials;
import cn.szftu.studio.reliability.cluster.ProbeWork;
import cn.szftu.studio.support.AppProcess;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.TestDatabase;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.WebSession;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Item 8 of the reliability proof: two application processes on two loopback ports and one PostgreSQL database,
 * launched at the same moment on an empty database, in the demo profile (its start-up seeds the most: demo users,
 * experts, filters, the 2025 batch with four named studios and their re-assessment processes, the 2026 batch's
 * process, so the most start-up steps can race). Both nodes send mail to one SMTP server started here, with
 * different sender domains, so each received mail tells which node sent it. The figures are printed on lines
 * starting with {@code TWO-NODES:}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesStandaloneIT {

  static final int PORT_A = 18201;
  static final int PORT_B = 18202;
  static final int SMTP_PORT = 18250;
  static final int ROUNDS = 100;
  static final int LOGIN_ROUNDS = 10;
  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  static final Credentials DEMO = Credentials.demo("demo");
  static final Credentials APPLICANT = Credentials.demo("applicant1");
  static final Credentials NANSHAN = Credentials.demo("nanshan");
  static final Credentials OFFICE = Credentials.demo("office");
  /** Two reviewers of 南山区总工会 (ValidApplicationForm's union) besides the demo's, created through REST. */
  static final Credentials RACER_1 = new Credentials("cluster-racer-1", ThrowawayUsers.PASSWORD);
  static final Credentials RACER_2 = new Credentials("cluster-racer-2", ThrowawayUsers.PASSWORD);
  static final String RECOMMEND_FORM = "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}";

  private final Map<String, String> figures = new LinkedHashMap<>();
  private String databaseName;
  private TestDatabase.Connection db;
  private ClusterDatabase sql;
  private GreenMail smtp;
  private AppProcess nodeA;
  private AppProcess nodeB;
  private NodeClient a;
  private NodeClient b;
  private ProbeWork probe;
  private ExecutorService clients;

  @BeforeAll
  void startTwoNodesTogether() throws Exception {
    Path jar = AppProcess.jar();
    assertThat(jar).as("the packaged application").exists();
    databaseName = "studio_cluster_" + Long.toString(System.nanoTime(), 36);
    db = TestDatabase.createDatabase(databaseName);
    sql = new ClusterDatabase(db);
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    clients = Executors.newFixedThreadPool(2);

    long launched = System.nanoTime();
    nodeA = node("cluster-a", PORT_A);
    nodeB = node("cluster-b", PORT_B);
    CompletableFuture<Double> upA = healthy(nodeA, launched);
    CompletableFuture<Double> upB = healthy(nodeB, launched);
    figures.put("start A s", String.format("%.1f", upA.join()));
    figures.put("start B s", String.format("%.1f", upB.join()));
    figures.put("waited for the start-up lock", Stream.of(nodeA, nodeB)
        .filter(n -> n.logs().contains("Cluster lock 'start-up' is held by another node")).map(AppProcess::name)
        .toList().toString());
    a = new NodeClient("A", nodeA.baseUrl());
    b = new NodeClient("B", nodeB.baseUrl());
    probe = new ProbeWork(sql, smtp);
  }

  private AppProcess node(String name, int port) {
    return AppProcess.builder(name).profiles("demo").port(port).database(db)
        .property("spring.mail.host", "127.0.0.1")
        .property("spring.mail.port", Integer.toString(SMTP_PORT))
        // the sender domain tells at the SMTP server which node sent a mail (it is part of the Message-ID too)
        .property("studio.mail.from", "noreply@" + name + ".invalid")
        .property("studio.mail.poll-interval", "PT1S")
        // the job log's HOSTNAME_ tells which node ran a job
        .property("camunda.bpm.generic-properties.properties.hostname", name)
        .start();
  }

  private CompletableFuture<Double> healthy(AppProcess node, long launched) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        node.awaitHealthy(START_TIMEOUT);
        return (System.nanoTime() - launched) / 1e9;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  @AfterAll
  void stopAndDropEverything() throws Exception {
    System.out.println("TWO-NODES: " + figures);
    if (clients != null) {
      clients.shutdownNow();
    }
    for (AppProcess node : new AppProcess[] {nodeA, nodeB}) {
      if (node != null) {
        node.stop();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (databaseName != null) {
      TestDatabase.Connection base = TestDatabase.get();
      try (java.sql.Connection c = DriverManager.getConnection(base.url(), base.user(), base.password());
          java.sql.Statement s = c.createStatement()) {
        s.execute("drop database if exists " + databaseName + " with (force)");
      } catch (SQLException e) {
        System.err.println("could not drop database " + databaseName + ": " + e.getMessage());
      }
    }
  }

  @Test
  @Order(1)
  void eachResourceIsDeployedOnceAndFlywayMigratedOnce() throws IOException {
    assertThat(sql.counts("select name_, count(*) from act_re_deployment group by name_ having count(*) > 1"))
        .as("deployments per name").isEmpty();
    assertThat(sql.counts("select name_, count(*) from act_ge_bytearray where deployment_id_ is not null"
        + " group by name_ having count(*) > 1")).as("deployed resources per name").isEmpty();
    for (String table : List.of("act_re_procdef", "act_re_decision_def", "act_re_decision_req_def",
        "act_re_camformdef")) {
      assertThat(sql.counts("select key_, count(*) from " + table + " group by key_ having count(*) > 1"))
          .as("definitions per key in %s (each at version 1)", table).isEmpty();
    }
    assertThat(sql.count("select count(*) from act_re_procdef where version_ <> 1")).isZero();
    figures.put("deployments", Long.toString(sql.count("select count(*) from act_re_deployment")));
    figures.put("resources", Long.toString(sql.count(
        "select count(*) from act_ge_bytearray where deployment_id_ is not null")));
    figures.put("process definitions", Long.toString(sql.count("select count(*) from act_re_procdef")));

    long migrations;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
    assertThat(sql.counts("select version, count(*) from flyway_schema_history group by version"
        + " having count(*) > 1")).as("Flyway rows per version").isEmpty();
    assertThat(sql.count("select count(*) from flyway_schema_history where type = 'SQL' and success"))
        .as("every migration applied once").isEqualTo(migrations);
    figures.put("migrations", Long.toString(migrations));
  }

  @Test
  @Order(2)
  void seededRowsAreNotDoubled() {
    assertOneFilterPerKey();
    assertThat(sql.counts("select concat_ws('/', type_, group_id_, user_id_, resource_type_, resource_id_), count(*)"
        + " from act_ru_authorization group by type_, group_id_, user_id_, resource_type_, resource_id_"
        + " having count(*) > 1")).as("authorizations").isEmpty();
    assertThat(sql.count("select count(*) from studio")).as("the demo's named studios").isEqualTo(4);
    assertThat(sql.count("select count(*) from naming_batch where code = '2025'")).isEqualTo(1);
    assertThat(sql.count("select count(*) from application where batch_code = '2025'")).isEqualTo(4);
    Map<String, Long> reassessments = sql.counts("select e.business_key_, count(*) from act_ru_execution e"
        + " join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'studio-reassessment'"
        + " and e.parent_id_ is null group by e.business_key_");
    assertThat(reassessments).as("one re-assessment process per studio")
        .containsOnlyKeys(sql.strings("select naming_number from studio")).allSatisfy((k, v) -> assertThat(v)
            .isEqualTo(1));
    assertThat(sql.counts("select e.business_key_, count(*) from act_ru_execution e"
        + " join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'naming-batch'"
        + " and e.parent_id_ is null group by e.business_key_")).as("one naming-batch process per batch")
        .containsExactly(Map.entry("2026", 1L));
    for (String table : List.of("act_id_user", "act_id_group", "act_id_membership", "act_ru_authorization",
        "act_ru_filter", "organisation", "expert", "indicator_set", "calendar_override", "studio")) {
      figures.put(table, Long.toString(sql.count("select count(*) from " + table)));
    }
  }

  @Test
  @Order(3)
  void loginsOfOneUserOnBothNodesAtOnceLeaveOneSetOfPersonalFilters() {
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 1; i <= LOGIN_ROUNDS; i++) {
      // a user created after start-up gets the personal filters at the first login (tasklist filter synchroniser)
      Credentials user = new Credentials("cluster-login-" + i, ThrowawayUsers.PASSWORD);
      createUser(user);
      List<Boolean> loggedIn = race(node -> {
        try {
          WebSession.login((node == 0 ? nodeA : nodeB).baseUrl(), user.id(), user.password());
          return true;
        } catch (IllegalStateException e) {
          return false;
        }
      });
      assertThat(loggedIn).as("login %d on both nodes", i).containsExactly(true, true);
      assertThat(sql.count("select count(*) from act_ru_filter where properties_::json->>'studioKey' = ?",
          "personal:mine:" + user.id())).as("我的待办 of %s", user.id()).isEqualTo(1);
      outcomes.merge("one filter set", 1, Integer::sum);
    }
    assertOneFilterPerKey();
    figures.put("simultaneous logins", LOGIN_ROUNDS + " " + outcomes);
  }

  @Test
  @Order(4)
  void bothNodesCompeteForJobsAndMails() {
    probe.start(a, b, DEMO);
    figures.put("probe jobs expected", Integer.toString(probe.expectedJobs()));
    figures.put("probe mails", Integer.toString(probe.mails()));
  }

  @Test
  @Order(5)
  void aTaskCompletedOnOneNodeIsGoneOnTheOtherAtOnce() {
    prepareReviewers();
    String instance = startApplication(a);
    String task = onlyTask(instance, ApplicationProcess.RECOMMEND);
    assertThat(NodeClient.json(b.get("/task?maxResults=50&processInstanceId=" + instance, NANSHAN)))
        .as("the task started on A is listed on B").hasSize(1);

    HttpResponse<String> done = a.post("/task/" + task + "/submit-form", NANSHAN, RECOMMEND_FORM);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    HttpResponse<String> gone = b.get("/task/" + task, NANSHAN);
    assertThat(gone.statusCode()).as("B right after A completed it: %s", gone.body()).isEqualTo(404);
    assertThat(NodeClient.json(b.get("/history/task?maxResults=50&taskId=" + task + "&finished=true", DEMO)))
        .as("B's history shows it completed").singleElement()
        .satisfies(t -> assertThat(t.path("deleteReason").asText()).isEqualTo("completed"));
    assertThat(NodeClient.json(b.get("/task?maxResults=50&processInstanceId=" + instance, OFFICE)))
        .as("B lists the next task for the city office").singleElement()
        .satisfies(t -> assertThat(t.path("taskDefinitionKey").asText()).isEqualTo(ApplicationProcess.INITIAL_REVIEW));
  }

  @Test
  @Order(6)
  void twoClientsOnTwoNodesCompletingTheSameTaskAtOnceMoveTheApplicationOnOnce() {
    long started = System.nanoTime();
    List<String> instances = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      instances.add(startApplication(round % 2 == 0 ? a : b));
    }
    double prepareSeconds = (System.nanoTime() - started) / 1e9;
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      String instance = instances.get(round);
      String task = onlyTask(instance, ApplicationProcess.RECOMMEND);
      Credentials[] users = round % 2 == 0 ? new Credentials[] {RACER_1, RACER_2}
          : new Credentials[] {RACER_2, RACER_1};
      List<HttpResponse<String>> answers = race(i -> (i == 0 ? a : b).post("/task/" + task + "/submit-form",
          users[i], RECOMMEND_FORM));
      int winner = winner(answers, round);
      HttpResponse<String> lost = answers.get(1 - winner);
      assertClearRefusal(lost, round);
      outcomes.merge("won on " + (winner == 0 ? "A" : "B"), 1, Integer::sum);
      outcomes.merge("lost " + lost.statusCode(), 1, Integer::sum);
      assertThat(sql.strings("select task_def_key_ from act_ru_task where proc_inst_id_ = ?", instance))
          .as("round %d: exactly one next task", round).containsExactly(ApplicationProcess.INITIAL_REVIEW);
      assertThat(sql.count("select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?"
          + " and end_time_ is not null", instance, ApplicationProcess.RECOMMEND))
          .as("round %d: the recommendation completed once in history", round).isEqualTo(1);
      assertThat(sql.count("select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = ?",
          instance, ApplicationProcess.INITIAL_REVIEW)).as("round %d: one initial review", round).isEqualTo(1);
    }
    figures.put("complete rounds", ROUNDS + " " + outcomes);
    figures.put("complete s", String.format("prepare %.1f, race %.1f", prepareSeconds,
        (System.nanoTime() - started) / 1e9 - prepareSeconds));
  }

  @Test
  @Order(7)
  void twoClientsOnTwoNodesClaimingTheSameTaskAtOnceLeaveOneAssignee() {
    long started = System.nanoTime();
    String task = onlyTask(startApplication(a), ApplicationProcess.RECOMMEND);
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      Credentials[] users = round % 2 == 0 ? new Credentials[] {RACER_1, RACER_2}
          : new Credentials[] {RACER_2, RACER_1};
      List<HttpResponse<String>> answers = race(i -> (i == 0 ? a : b).post("/task/" + task + "/claim", users[i],
          "{\"userId\":\"" + users[i].id() + "\"}"));
      int winner = winner(answers, round);
      HttpResponse<String> lost = answers.get(1 - winner);
      assertClearRefusal(lost, round);
      outcomes.merge("won on " + (winner == 0 ? "A" : "B"), 1, Integer::sum);
      outcomes.merge("lost " + lost.statusCode(), 1, Integer::sum);
      assertThat(sql.strings("select assignee_ from act_ru_task where id_ = ?", task))
          .as("round %d: the winner is the assignee", round).containsExactly(users[winner].id());
      // released through the other node: a claim made on one node is known to both
      HttpResponse<String> released = (winner == 0 ? b : a).post("/task/" + task + "/unclaim", users[winner], "");
      assertThat(released.statusCode()).as(released.body()).isEqualTo(204);
    }
    figures.put("claim rounds", ROUNDS + " " + outcomes + String.format(", %.1f s",
        (System.nanoTime() - started) / 1e9));
  }

  @Test
  @Order(8)
  void everyJobRanExactlyOnce() {
    figures.putAll(probe.assertEveryJobRanOnce(Duration.ofSeconds(90)));
  }

  @Test
  @Order(9)
  void everyMailWasSentAndReceivedOnce() {
    figures.putAll(probe.assertEveryMailSentOnce(Duration.ofSeconds(90)));
  }

  private void prepareReviewers() {
    // Enough places for every round: 南山's quota in the 2026 batch would stop the recommendations at 3.
    sql.update("update batch_quota set quota = 1000 where batch_code = '2026' and union_code = 'nanshan'");
    for (Credentials racer : List.of(RACER_1, RACER_2)) {
      createUser(racer);
      // through the other node: the new user's membership and grants are there at once
      HttpResponse<String> member = b.put("/group/union-nanshan/members/" + racer.id(), DEMO);
      assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
    }
  }

  private void createUser(Credentials user) {
    HttpResponse<String> created = a.post("/user/create", DEMO, "{\"profile\":{\"id\":\"" + user.id()
        + "\",\"firstName\":\"集群\",\"lastName\":\"测试\",\"email\":\"" + user.id() + "@example.invalid\"},"
        + "\"credentials\":{\"password\":\"" + user.password() + "\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
  }

  /** The application's filters carry their key in their properties; a key twice is a filter listed twice. */
  private void assertOneFilterPerKey() {
    assertThat(sql.counts("select properties_::json->>'studioKey', count(*) from act_ru_filter"
        + " group by 1 having count(*) > 1")).as("Tasklist filters per key").isEmpty();
  }

  private String startApplication(NodeClient node) {
    HttpResponse<String> started = node.post("/process-definition/key/" + ApplicationProcess.KEY + "/submit-form",
        APPLICANT, RestClient.validApplication());
    assertThat(started.statusCode()).as("%s: %s", node.name(), started.body()).isEqualTo(200);
    return NodeClient.json(started).path("id").asText();
  }

  private String onlyTask(String instance, String taskKey) {
    List<List<Object>> tasks = sql.rows("select id_, task_def_key_ from act_ru_task where proc_inst_id_ = ?",
        instance);
    assertThat(tasks).as("tasks of %s", instance).singleElement()
        .satisfies(t -> assertThat(t.get(1)).isEqualTo(taskKey));
    return (String) tasks.get(0).get(0);
  }

  /** Both clients wait at a barrier and then send at the same instant, client 0 to node A, client 1 to node B. */
  private <T> List<T> race(Function<Integer, T> call) {
    CyclicBarrier barrier = new CyclicBarrier(2);
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int client = i;
      futures.add(CompletableFuture.supplyAsync(() -> {
        try {
          barrier.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return call.apply(client);
      }, clients));
    }
    return futures.stream().map(CompletableFuture::join).toList();
  }

  private static int winner(List<HttpResponse<String>> answers, int round) {
    List<Integer> winners = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).statusCode() / 100 == 2) {
        winners.add(i);
      }
    }
    assertThat(winners).as("round %d: exactly one success, answers %s", round,
        answers.stream().map(r -> r.statusCode() + " " + r.body()).toList()).hasSize(1);
    return winners.get(0);
  }

  /** The loser is told in Chinese that someone else was first or the task is gone (web.ConcurrentChangeFilter). */
  private static void assertClearRefusal(HttpResponse<String> refusal, int round) {
    assertThat(refusal.statusCode()).as("round %d: refusal status, body %s", round, refusal.body()).isIn(404, 409);
    assertThat(NodeClient.json(refusal).path("message").asText()).as("round %d: a sentence for the user", round)
        .contains("未生效").doesNotContain("ENGINE-", "Exception", "\tat ");
  }
}

package cn.szftu.studio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two REST clients acting on the same task at the same instant, many times over: exactly one wins, the other gets a
 * clear refusal (a message, not a stack trace), and the process moves on once. Five experts finishing at once (the
 * parallel join) is covered by {@code ExpertEvaluationProcessIT}.
 */
class ConcurrencyIT extends PostgresIntegrationTest {

  static final int ROUNDS = 200;
  /** Unions whose quota {@link EvaluationFixture} raises, so 200 recommendations never run out of places. */
  static final List<String> UNIONS = List.of("dapeng", "shenshan", "direct");
  static final String RECOMMEND_FORM = "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IndicatorSets indicatorSets;
  @Autowired
  private JdbcTemplate jdbc;

  private EvaluationFixture fixture;
  private RestClient rest;
  private ExecutorService clients;

  @BeforeEach
  void setUp() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    rest = new RestClient(baseUrl(), ThrowawayUsers.PASSWORD);
    clients = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    clients.shutdownNow();
  }

  @Test
  void twoReviewersCompletingTheSameTaskAtOnceMoveTheApplicationOnOnce() {
    long started = System.nanoTime();
    Map<String, String[]> reviewers = new TreeMap<>();
    for (String union : UNIONS) {
      reviewers.put(union, new String[] {reviewer(union), reviewer(union)});
    }
    List<Task> tasks = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      tasks.add(recommendationTask(UNIONS.get(round % UNIONS.size())));
    }
    long prepared = System.nanoTime();

    int successes = 0;
    int conflicts = 0;
    Map<String, Integer> refusals = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      Task task = tasks.get(round);
      String[] pair = reviewers.get(UNIONS.get(round % UNIONS.size()));
      List<HttpResponse<String>> answers = race(i -> rest.post("/task/" + task.getId() + "/submit-form", pair[i],
          RECOMMEND_FORM));
      List<HttpResponse<String>> won = answers.stream().filter(a -> a.statusCode() / 100 == 2).toList();
      List<HttpResponse<String>> lost = answers.stream().filter(a -> a.statusCode() / 100 != 2).toList();
      assertThat(won).as("round %d: one success, answers %s", round, bodies(answers)).hasSize(1);
      assertThat(lost).as("round %d: one refusal", round).hasSize(1);
      assertClearRefusal(lost.get(0), round);
      refusals.merge(lost.get(0).statusCode() + " " + type(lost.get(0)), 1, Integer::sum);
      successes++;
      conflicts++;

      String instance = task.getProcessInstanceId();
      List<Task> next = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
      assertThat(next).as("round %d: exactly one next task", round).singleElement()
          .extracting(Task::getTaskDefinitionKey).isEqualTo(ApplicationProcess.INITIAL_REVIEW);
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
          .taskDefinitionKey(ApplicationProcess.RECOMMEND).finished().count())
          .as("round %d: recommendation completed once in history", round).isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
          .taskDefinitionKey(ApplicationProcess.INITIAL_REVIEW).count())
          .as("round %d: one initial review created", round).isEqualTo(1);
    }
    long ended = System.nanoTime();
    System.out.printf("[concurrency] complete: %d rounds, %d successes, %d conflicts %s; prepare %.1f s, race %.1f s%n",
        ROUNDS, successes, conflicts, refusals, (prepared - started) / 1e9, (ended - prepared) / 1e9);
  }

  @Test
  void twoReviewersClaimingTheSameTaskAtOnceLeaveOneAssignee() {
    long started = System.nanoTime();
    String union = UNIONS.get(0);
    String[] pair = {reviewer(union), reviewer(union)};
    Task task = recommendationTask(union);
    Map<String, Integer> refusals = new TreeMap<>();
    int[] wins = new int[2];
    for (int round = 0; round < ROUNDS; round++) {
      List<HttpResponse<String>> answers = race(i -> rest.post("/task/" + task.getId() + "/claim", pair[i],
          "{\"userId\":\"" + pair[i] + "\"}"));
      List<Integer> winners = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        if (answers.get(i).statusCode() / 100 == 2) {
          winners.add(i);
        }
      }
      assertThat(winners).as("round %d: one claim wins, answers %s", round, bodies(answers)).hasSize(1);
      HttpResponse<String> lost = answers.get(1 - winners.get(0));
      assertClearRefusal(lost, round);
      refusals.merge(lost.statusCode() + " " + type(lost), 1, Integer::sum);
      wins[winners.get(0)]++;
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
          .as("round %d: the winner is the assignee", round).isEqualTo(pair[winners.get(0)]);
      HttpResponse<String> released = rest.post("/task/" + task.getId() + "/unclaim", pair[winners.get(0)], "");
      assertThat(released.statusCode()).as(released.body()).isEqualTo(204);
    }
    System.out.printf("[concurrency] claim: %d rounds, wins %d/%d, refusals %s, %.1f s%n", ROUNDS, wins[0], wins[1],
        refusals, (System.nanoTime() - started) / 1e9);
  }

  /** Both clients wait at a barrier and then send at the same instant. */
  private List<HttpResponse<String>> race(Function<Integer, HttpResponse<String>> call) {
    CyclicBarrier barrier = new CyclicBarrier(2);
    List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
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

  /** The loser is told in Chinese that someone else was first or the task is gone (see ConcurrentChangeFilter). */
  private void assertClearRefusal(HttpResponse<String> refusal, int round) {
    assertThat(refusal.statusCode()).as("round %d: refusal status, body %s", round, refusal.body()).isIn(404, 409);
    assertThat(rest.json(refusal).path("message").asText()).as("round %d: a sentence for the user", round)
        .contains("未生效").doesNotContain("ENGINE-", "Exception", "\tat ");
  }

  /** The kind of a refusal as a user would tell them apart: status, exception type and message. */
  private String type(HttpResponse<String> response) {
    String message = rest.json(response).path("message").asText().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>");
    return rest.json(response).path("type").asText() + ": " + message;
  }

  private static List<String> bodies(List<HttpResponse<String>> answers) {
    return answers.stream().map(a -> a.statusCode() + " " + a.body()).toList();
  }

  private Task recommendationTask(String union) {
    Map<String, Object> form = ValidApplicationForm.of();
    form.put("recommendingUnion", union);
    String instance = fixture.as(EvaluationFixture.APPLICANT,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form)).getId();
    Task task = fixture.onlyTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ApplicationProcess.RECOMMEND);
    return task;
  }

  private String reviewer(String union) {
    IdentityService identity = engine.getIdentityService();
    String id = ThrowawayUsers.create(identity, union + "-race");
    identity.createMembership(id, Groups.unionGroup(union));
    return id;
  }
}

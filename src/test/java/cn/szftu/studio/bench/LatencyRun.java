package cn.szftu.studio.bench;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.TestDatabase;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Task-list and task-completion latency through /engine-rest with 1, 2 and 4 concurrent clients, each a union
 * reviewer working their union's list (本单位待办, first page of 15 as Tasklist asks for it) and recommending the
 * first application on it, on a database holding the open tasks and finished instances the issue asks for. Also
 * the start-up time and peak heap of that application process.
 */
final class LatencyRun {

  static final int[] CLIENTS = {1, 2, 4};
  static final int PAGE = 15;
  static final int TEMPLATES = 50;
  static final int WARM_UP = 10;

  record Level(int clients, Percentiles list, Percentiles complete, double seconds, int errors) {
  }

  record Result(List<Level> levels, long openTasks, int openThroughEngine, long finishedInstances, double openTasksSeconds,
      double finishedSeconds, long historyRows, double startupSeconds, long peakHeapMb, int gcPauses,
      String heap) {
  }

  private LatencyRun() {
  }

  static Result run(TestDatabase.Connection db, BenchConfig config, Path workDir) throws Exception {
    List<String> clientUsers = new ArrayList<>();
    double[] loadSeconds = new double[2];
    long[] openCount = new long[1];
    int[] realCount = new int[1];
    long[] loaded = new long[2];
    ConfigurableApplicationContext loader = StudioApp.start(db, config.port() + 2, null);
    try {
      ProcessEngine engine = loader.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = loader.getBean(JdbcTemplate.class);
      List<String> unions = loader.getBean(OrganisationRepository.class)
          .findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION).stream()
          .map(Organisation::getCode).toList();
      jdbc.update("update batch_quota set quota = 1000000 where batch_code = '2026'");
      for (int i = 0; i < CLIENTS[CLIENTS.length - 1]; i++) {
        String user = ThrowawayUsers.create(engine.getIdentityService(), "bench-" + unions.get(i));
        engine.getIdentityService().createMembership(user, Groups.unionGroup(unions.get(i)));
        clientUsers.add(user);
      }
      // The clients' own tasks are real applications through the engine; the rest of the open tasks are copies of
      // one real application per union (HistoryCloner), listed by everyone's task list but never worked on.
      int clientUnions = CLIENTS[CLIENTS.length - 1];
      int real = Math.min(config.openTasks(), clientUnions * (WARM_UP + CLIENTS.length * config.latencyRequests()));
      long t0 = System.nanoTime();
      List<String> openTemplates = new ArrayList<>();
      for (String union : unions) {
        openTemplates.add(start(engine, union, -1000 - openTemplates.size()));
      }
      int openCopies = (int) Math.ceil(Math.max(0, config.openTasks() - real - unions.size()) / (double) unions.size());
      long openRows = openCopies > 0 ? HistoryCloner.copy(jdbc, openTemplates, openCopies, true) : 0;
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < real; i++) {
        numbers.add(i);
      }
      Parallel.run(2, numbers, i -> start(engine, unions.get(i % clientUnions), i));
      loadSeconds[0] = (System.nanoTime() - t0) / 1e9;
      openCount[0] = engine.getTaskService().createTaskQuery().count();
      System.out.printf("BENCH loaded %d open tasks (%d applications through the engine, %d copies of %d, %d rows) "
          + "in %.1f s%n", openCount[0], real + unions.size(), openCopies * unions.size(), unions.size(), openRows,
          loadSeconds[0]);
      realCount[0] = real + unions.size();

      t0 = System.nanoTime();
      int templates = Math.min(TEMPLATES, Math.max(1, config.finishedInstances()));
      List<String> ended = Collections.synchronizedList(new ArrayList<>());
      String refuser = ThrowawayUsers.create(engine.getIdentityService(), "bench-refuser");
      engine.getIdentityService().createMembership(refuser, Groups.unionGroup(unions.get(unions.size() - 1)));
      for (int i = 0; i < templates; i++) {
        String id = start(engine, unions.get(unions.size() - 1), -i - 1);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        ActingUser.as(engine, refuser, () -> {
          engine.getFormService().submitTaskForm(task.getId(),
              EvaluationFixture.decision("REFUSE", "性能测试：不予推荐。"));
          return null;
        });
        ended.add(id);
      }
      long running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(
          new java.util.HashSet<>(ended)).count();
      if (running != 0) {
        throw new IllegalStateException(running + " template instances did not end");
      }
      int copies = (int) Math.ceil((config.finishedInstances() - templates) / (double) templates);
      loaded[1] = copies > 0 ? HistoryCloner.copy(jdbc, ended, copies, false) : 0;
      loadSeconds[1] = (System.nanoTime() - t0) / 1e9;
      loaded[0] = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
      System.out.printf("BENCH loaded %d finished instances (%d history rows copied) in %.1f s%n", loaded[0],
          loaded[1], loadSeconds[1]);
      jdbc.execute("vacuum analyze");
    } finally {
      loader.close();
    }

    try (MeasuredApp app = MeasuredApp.start(db, config.port(), config.heap(), workDir)) {
      System.out.printf("BENCH start-up to health UP: %.1f s%n", app.startupSeconds);
      // the application writes the configured quotas back at start-up; the clients recommend far more than 3
      try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
          var s = c.createStatement()) {
        s.executeUpdate("update batch_quota set quota = 1000000 where batch_code = '2026'");
      }
      List<Level> levels = new ArrayList<>();
      // warm-up: each client lists and completes a few times, not measured
      measure(app, clientUsers, CLIENTS[CLIENTS.length - 1], WARM_UP, true);
      for (int clients : CLIENTS) {
        Level level = measure(app, clientUsers, clients, config.latencyRequests(), false);
        System.out.printf("BENCH %d clients: list %s; complete %s; errors %d%n", clients, level.list(),
            level.complete(), level.errors());
        levels.add(level);
      }
      app.close();
      return new Result(levels, openCount[0], realCount[0], loaded[0], loadSeconds[0], loadSeconds[1], loaded[1],
          app.startupSeconds, app.peakHeapMb(), app.collections(), config.heap());
    }
  }

  private static String start(ProcessEngine engine, String union, int i) {
    Map<String, Object> form = ValidApplicationForm.of();
    form.put("recommendingUnion", union);
    form.put("studioName", "性能测试" + i + "号劳模和工匠人才创新工作室");
    return ActingUser.as(engine, FullBatchRun.APPLICANT, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ApplicationProcess.KEY, form).getId());
  }

  private static Level measure(MeasuredApp app, List<String> users, int clients, int requests, boolean warmUp)
      throws Exception {
    List<Double> list = Collections.synchronizedList(new ArrayList<>());
    List<Double> complete = Collections.synchronizedList(new ArrayList<>());
    int[] errors = new int[1];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        String user = users.get(c);
        futures.add(pool.submit(() -> {
          RestClient rest = new RestClient(app.baseUrl(), ThrowawayUsers.PASSWORD);
          String filter = unionFilter(rest, user);
          for (int r = 0; r < requests; r++) {
            long a = System.nanoTime();
            HttpResponse<String> page = rest.post("/filter/" + filter + "/list?firstResult=0&maxResults=" + PAGE,
                user, "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
            double listMs = (System.nanoTime() - a) / 1e6;
            check(page, 200, "task list");
            String taskId = null;
            for (JsonNode task : rest.json(page)) {
              if (ApplicationProcess.RECOMMEND.equals(task.path("taskDefinitionKey").asText())) {
                taskId = task.path("id").asText();
                break;
              }
            }
            if (taskId == null) {
              throw new IllegalStateException(user + " has no recommendation task left: raise bench.openTasks");
            }
            long b = System.nanoTime();
            HttpResponse<String> done = rest.post("/task/" + taskId + "/submit-form", user,
                "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"},\"reasons\":{\"value\":null}}}");
            double completeMs = (System.nanoTime() - b) / 1e6;
            if (done.statusCode() != 204 && done.statusCode() != 200) {
              synchronized (errors) {
                errors[0]++;
              }
              System.err.println("BENCH completion answered " + done.statusCode() + ": " + done.body());
              continue;
            }
            list.add(listMs);
            complete.add(completeMs);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Level(clients, Percentiles.of(list), Percentiles.of(complete), seconds, errors[0]);
  }

  private static final Map<String, String> FILTERS = Collections.synchronizedMap(new LinkedHashMap<>());

  private static String unionFilter(RestClient rest, String user) {
    return FILTERS.computeIfAbsent(user, u -> {
      HttpResponse<String> filters = rest.get("/filter?resourceType=Task&firstResult=0&maxResults=100", u);
      check(filters, 200, "filters");
      for (JsonNode f : rest.json(filters)) {
        if ("本单位待办".equals(f.path("name").asText())) {
          return f.path("id").asText();
        }
      }
      throw new IllegalStateException(u + " sees no 本单位待办 filter: " + filters.body());
    });
  }

  private static void check(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}

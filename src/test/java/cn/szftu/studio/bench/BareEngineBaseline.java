package cn.szftu.studio.bench;

import cn.szftu.studio.support.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine in the same run: a plain engine configuration (history FULL, no authorization, no job executor, no
 * Spring, no application code) on a database of its own, and minimal models with the same user tasks in the same
 * shape as the batch: per application two sequential tasks, then five parallel seats of two tasks each; then three
 * batch tasks. Driven by the same number of clients, step by step like the batch.
 */
final class BareEngineBaseline {

  static final String APPLICATION = "bench-application";
  static final String BATCH = "bench-batch";

  private BareEngineBaseline() {
  }

  static BpmnModelInstance applicationModel() {
    return Bpmn.createExecutableProcess(APPLICATION).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("recommend")
        .userTask("review")
        .subProcess("seat").embeddedSubProcess().startEvent().userTask("declare").userTask("score").endEvent()
        .subProcessDone()
        .multiInstance().parallel().cardinality("5").multiInstanceDone()
        .endEvent().done();
  }

  static BpmnModelInstance batchModel() {
    return Bpmn.createExecutableProcess(BATCH).camundaHistoryTimeToLive(180)
        .startEvent().userTask("confirm").userTask("decide").userTask("name").endEvent().done();
  }

  static StepTimer run(TestDatabase.Connection db, int applications, int clients) {
    SqlCounter sql = new SqlCounter();
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(db.url());
    pool.setUsername(db.user());
    pool.setPassword(db.password());
    pool.setMaximumPoolSize(10);
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      StandaloneProcessEngineConfiguration config = (StandaloneProcessEngineConfiguration)
          ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
      config.setProcessEngineName("bench-bare-engine");
      config.setDataSource(sql.wrap(dataSource));
      config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      config.setJobExecutorActivate(false);
      config.setMetricsEnabled(false);
      ProcessEngine engine = config.buildProcessEngine();
      try {
        engine.getRepositoryService().createDeployment().name("bench")
            .addModelInstance(APPLICATION + ".bpmn", applicationModel())
            .addModelInstance(BATCH + ".bpmn", batchModel()).deploy();
        return drive(engine, sql, applications, clients);
      } finally {
        engine.close();
      }
    }
  }

  private static StepTimer drive(ProcessEngine engine, SqlCounter sql, int applications, int clients) {
    StepTimer timer = new StepTimer(sql);
    TaskService tasks = engine.getTaskService();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < applications; i++) {
      numbers.add(i);
    }
    List<String> instances = java.util.Collections.synchronizedList(new ArrayList<>());
    timer.step("submit", () -> Parallel.run(clients, numbers, i -> instances.add(engine.getRuntimeService()
        .startProcessInstanceByKey(APPLICATION, "BENCH-" + i).getId())));
    List<String> all = List.copyOf(instances);
    timer.step("recommendation", () -> Parallel.run(clients, all, id -> complete(timer, tasks, id, "recommend",
        Map.of("decision", "RECOMMEND"))));
    timer.step("initial review", () -> Parallel.run(clients, all, id -> complete(timer, tasks, id, "review",
        Map.of("decision", "PASS"))));
    timer.step("conflict declarations", () -> Parallel.run(clients, all, id -> complete(timer, tasks, id, "declare",
        Map.of("declaration", "NO_CONFLICT"))));
    timer.step("scoring", () -> Parallel.run(clients, all, id -> complete(timer, tasks, id, "score",
        Map.of("comment", "材料完整，成果突出。"))));
    String[] batch = new String[1];
    timer.step("batch tasks (confirm, decide, name)", () -> {
      batch[0] = engine.getRuntimeService().startProcessInstanceByKey(BATCH, "2026").getId();
      complete(timer, tasks, batch[0], "confirm", Map.of("decision", "CONFIRM"));
      complete(timer, tasks, batch[0], "decide", Map.of("decision", "APPROVE"));
      complete(timer, tasks, batch[0], "name", Map.of("decisionNumber", "深工发〔2026〕1号"));
    });
    long running = engine.getRuntimeService().createProcessInstanceQuery().count();
    if (running != 0) {
      throw new IllegalStateException(running + " bare-engine instances did not end");
    }
    return timer;
  }

  private static void complete(StepTimer timer, TaskService tasks, String instance, String key,
      Map<String, Object> values) {
    for (Task task : tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list()) {
      tasks.complete(task.getId(), values);
      timer.completions.incrementAndGet();
    }
  }
}

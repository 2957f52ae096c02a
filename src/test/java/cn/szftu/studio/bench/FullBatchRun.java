package cn.szftu.studio.bench;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.batch.NamingBatchProcess;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.naming.NamingBatchService;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.ranking.RankedEntry;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole batch as the users run it, through the engine's form service as each user (what Tasklist's submit calls):
 * the applicant submits N applications through every union; each union's reviewer recommends; the city office passes;
 * five drawn experts each declare and score; the window closes and the batch ranks; the city office confirms; the
 * decision body approves; the notice runs out on the engine's clock; the city office enters the naming decision.
 */
final class FullBatchRun {

  record Result(StepTimer timer, int applications, int named, double rankingServiceMs, double rankingPureMs,
      long peakHeapMb, long maxHeapMb, List<Map<String, Object>> scans) {
  }

  static final String BATCH = "2026";
  static final String APPLICANT = "applicant1";
  static final String OFFICE = "office";
  static final String LEADER = "leader";

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final EvaluationFixture fixture;
  private final IndicatorSets indicatorSets;
  private final NamingBatchService namingBatches;
  private final StudioRepository studios;
  private final TransactionTemplate transactions;
  private final List<String> unions;
  private final Map<String, String> reviewers = new HashMap<>();

  private final ConfigurableApplicationContext app;

  FullBatchRun(ConfigurableApplicationContext app) {
    this.app = app;
    engine = app.getBean(ProcessEngine.class);
    jdbc = app.getBean(JdbcTemplate.class);
    indicatorSets = app.getBean(IndicatorSets.class);
    namingBatches = app.getBean(NamingBatchService.class);
    studios = app.getBean(StudioRepository.class);
    transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    unions = app.getBean(OrganisationRepository.class)
        .findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION).stream()
        .map(Organisation::getCode).toList();
  }

  Result run(int applications, int clients, SqlCounter sql) {
    prepare(applications);
    StepTimer timer = new StepTimer(sql);
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < applications; i++) {
      numbers.add(i);
    }
    Map<String, Integer> index = Collections.synchronizedMap(new HashMap<>());
    List<String> cases = Collections.synchronizedList(new ArrayList<>());
    String startForm = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ApplicationProcess.KEY).latestVersion().singleResult().getId();
    timer.step("submit (applicant)", () -> Parallel.run(clients, numbers, i -> {
      Map<String, Object> form = ValidApplicationForm.of();
      form.put("recommendingUnion", unions.get(i % unions.size()));
      form.put("studioName", "性能测试" + i + "号劳模和工匠人才创新工作室");
      ProcessInstance instance = as(APPLICANT, () -> engine.getFormService().submitStartForm(startForm, form));
      cases.add(instance.getId());
      index.put(instance.getId(), i);
    }));
    List<String> all = List.copyOf(cases);
    timer.step("recommendation (unions)", () -> Parallel.run(clients, all, id -> {
      String union = unions.get(index.get(id) % unions.size());
      completeOnly(timer, reviewers.get(union), id, ApplicationProcess.RECOMMEND, decision("RECOMMEND"));
    }));
    timer.step("initial review (office)", () -> Parallel.run(clients, all,
        id -> completeOnly(timer, OFFICE, id, ApplicationProcess.INITIAL_REVIEW, decision("PASS"))));
    Map<String, String> evaluations = new HashMap<>();
    for (String id : all) {
      evaluations.put(id, engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(id)
          .singleResult().getId());
    }
    timer.step("conflict declarations (5 experts)", () -> Parallel.run(clients, all, id -> {
      for (Task task : tasks(evaluations.get(id), ExpertEvaluationProcess.DECLARE_CONFLICT)) {
        complete(timer, task.getAssignee(), task, EvaluationFixture.declaration("NO_CONFLICT", null));
      }
    }));
    String version = indicatorSets.getDefault().version();
    timer.step("scoring (5 experts) + aggregation", () -> {
      Parallel.run(clients, all, id -> {
        int i = index.get(id);
        int seat = 0;
        for (Task task : tasks(evaluations.get(id), ExpertEvaluationProcess.SCORE_APPLICATION)) {
          // totals from 60 to 100, the experts of a panel within a few points of each other (no disagreement)
          BigDecimal deduction = BigDecimal.valueOf((i * 7L) % 37 + seat++);
          complete(timer, task.getAssignee(), task, fixture.sheet(version, deduction));
        }
      });
      awaitNone(ExpertEvaluationProcess.KEY, Duration.ofMinutes(10));
    });

    ProcessInstance batch = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NamingBatchProcess.KEY).processInstanceBusinessKey(BATCH).singleResult();
    timer.step("window closes: settlement + ranking", () -> {
      jdbc.update("update naming_batch set window_closes_at = window_opens_at where code = ?", BATCH);
      executeTimer(batch, NamingBatchProcess.WINDOW_CLOSED);
      awaitTask(batch, NamingBatchProcess.CONFIRM_PROPOSAL);
    });
    double[] ranking = measureRanking();
    timer.step("confirmation (office)", () -> completeOnly(timer, OFFICE, batch.getId(),
        NamingBatchProcess.CONFIRM_PROPOSAL, Map.of("decision", "CONFIRM")));
    timer.step("leadership decision + notice", () -> {
      Map<String, Object> approve = new HashMap<>();
      approve.put("decision", "APPROVE");
      approve.put("removals", null);
      approve.put("reasons", null);
      completeOnly(timer, LEADER, batch.getId(), NamingBatchProcess.LEADERSHIP_DECISION, approve);
    });
    timer.step("notice ends (engine clock moved)", () -> {
      Job timerJob = timerJob(batch, NamingBatchProcess.NOTICE_ENDED);
      long offset = ClockUtil.now().getTime() - System.currentTimeMillis();
      // the engine's clock goes past the notice's end; the job executor fires the timer by itself
      ClockUtil.offset(offset + Math.max(0, timerJob.getDuedate().getTime() - ClockUtil.now().getTime()) + 60_000);
      try {
        awaitTask(batch, NamingBatchProcess.ENTER_NAMING_DECISION);
      } finally {
        ClockUtil.offset(offset);
      }
    });
    timer.step("naming decision (office)", () -> {
      Map<String, Object> naming = new HashMap<>();
      naming.put("decisionNumber", "深工发〔2026〕99号");
      naming.put("decisionDate", LocalDate.now(app.getBean(java.time.Clock.class)).toString());
      completeOnly(timer, OFFICE, batch.getId(), NamingBatchProcess.ENTER_NAMING_DECISION, naming);
    });
    // what the office waits for above; each application then ends in a job of its own
    timer.step("applications end (job executor)", () -> awaitNone(ApplicationProcess.KEY, Duration.ofMinutes(5)));
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    int named = studios.findByBatchCodeOrderByNamingNumberAsc(BATCH).size();
    // our own tables read by sequential scan most (rows read), for the indices of our queries
    List<Map<String, Object>> scans = jdbc.queryForList("select relname as table_name, seq_scan, seq_tup_read, "
        + "coalesce(idx_scan, 0) as idx_scan, n_live_tup from pg_stat_user_tables where relname not like 'act\\_%' "
        + "and relname <> 'flyway_schema_history' order by seq_tup_read desc limit 8");
    return new Result(timer, applications, named, ranking[0], ranking[1], peak,
        Runtime.getRuntime().maxMemory() / (1024 * 1024), scans);
  }

  /**
   * Ranking a batch again, in a transaction rolled back afterwards: the whole service (read every evaluated
   * application with its evaluation, rank, write the entries) and the plain ranking rule alone. Best of three.
   */
  private double[] measureRanking() {
    double best = Double.MAX_VALUE;
    double pure = Double.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      double[] once = transactions.execute(status -> {
        jdbc.update("delete from batch_entry where batch_code = ?", BATCH);
        long t0 = System.nanoTime();
        List<RankedEntry> ranked = namingBatches.rank(BATCH);
        double serviceMs = (System.nanoTime() - t0) / 1e6;
        var rule = new cn.szftu.studio.ranking.BatchRanking();
        var candidates = ranked.stream().map(RankedEntry::candidate).toList();
        Map<String, Integer> quotas = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        unions.forEach(u -> {
          quotas.put(u, 1000);
          names.put(u, u);
        });
        var rules = new cn.szftu.studio.ranking.RankingRules(new BigDecimal("75"), quotas, 0,
            Math.max(1, candidates.size() / 5), names);
        long t1 = System.nanoTime();
        rule.rank(candidates, rules);
        double pureMs = (System.nanoTime() - t1) / 1e6;
        status.setRollbackOnly();
        return new double[] {serviceMs, pureMs};
      });
      best = Math.min(best, once[0]);
      pure = Math.min(pure, once[1]);
    }
    return new double[] {best, pure};
  }

  private void prepare(int applications) {
    int perUnion = (applications + unions.size() - 1) / unions.size();
    // every union may recommend all of its applications; the ranking then cuts by union and total quota
    jdbc.update("update batch_quota set quota = ? where batch_code = ?", perUnion, BATCH);
    jdbc.update("update naming_batch set total_quota = ? where code = ?", Math.max(1, applications / 5), BATCH);
    for (String union : unions) {
      String user = ThrowawayUsers.create(engine.getIdentityService(), union + "-rev");
      engine.getIdentityService().createMembership(user, Groups.unionGroup(union));
      reviewers.put(union, user);
    }
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    return ActingUser.as(engine, user, action);
  }

  private void completeOnly(StepTimer timer, String user, String instance, String key, Map<String, Object> values) {
    Task task = as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(key).singleResult());
    if (task == null) {
      throw new IllegalStateException("no task " + key + " in " + instance + " for " + user);
    }
    complete(timer, user, task, values);
  }

  private void complete(StepTimer timer, String user, Task task, Map<String, Object> values) {
    as(user, () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
    timer.completions.incrementAndGet();
  }

  private List<Task> tasks(String instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .orderByTaskAssignee().asc().list();
  }

  private static Map<String, Object> decision(String value) {
    return EvaluationFixture.decision(value, null);
  }

  private Job timerJob(ProcessInstance batch, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(batch.getId())
        .activityId(activityId).singleResult();
    if (job == null) {
      throw new IllegalStateException("batch has no timer " + activityId);
    }
    return job;
  }

  private void executeTimer(ProcessInstance batch, String activityId) {
    engine.getManagementService().executeJob(timerJob(batch, activityId).getId());
  }

  private void awaitTask(ProcessInstance batch, String key) {
    Instant until = Instant.now().plus(Duration.ofMinutes(5));
    while (engine.getTaskService().createTaskQuery().processInstanceId(batch.getId()).taskDefinitionKey(key)
        .count() == 0) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("batch never reached " + key + "; active: "
            + engine.getRuntimeService().getActiveActivityIds(batch.getId()));
      }
      pause();
    }
  }

  private void awaitNone(String processKey, Duration limit) {
    Instant until = Instant.now().plus(limit);
    while (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKeyLike("SQ-" + BATCH + "-%").count() > 0
        || processKey.equals(ExpertEvaluationProcess.KEY) && engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(processKey).count() > 0) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException(processKey + " instances still running after " + limit);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

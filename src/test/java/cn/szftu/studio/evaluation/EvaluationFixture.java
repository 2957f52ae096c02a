package cn.szftu.studio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.indicator.ThirdLevelItem;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ProcessEnds;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings applications to expert evaluation the way users do (applicant starts, union recommends, city office passes)
 * and acts for experts and the office through task forms. The evaluation tests recommend through unions no other test
 * uses, with the quota raised, so they never compete for places.
 */
public final class EvaluationFixture {

  public static final String APPLICANT = "applicant1";
  public static final String OFFICE = "office";
  public static final String BATCH = "2026";
  /** Unions reserved for the evaluation tests. */
  static final List<String> UNIONS = List.of("dapeng", "shenshan", "direct");

  private final ProcessEngine engine;
  private final IndicatorSets indicatorSets;

  public EvaluationFixture(ProcessEngine engine, IndicatorSets indicatorSets, JdbcTemplate jdbc) {
    this.engine = engine;
    this.indicatorSets = indicatorSets;
    for (String union : UNIONS) {
      jdbc.update("update batch_quota set quota = 1000 where batch_code = ? and union_code = ?", BATCH, union);
    }
  }

  public <T> T as(String userId, Supplier<T> action) {
    return ActingUser.as(engine, userId, action);
  }

  public void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }

  /** A reviewer of its own for the union. */
  public String unionReviewer(String union) {
    IdentityService identity = engine.getIdentityService();
    String user = ThrowawayUsers.create(identity, union + "-rev");
    identity.createMembership(user, Groups.unionGroup(union));
    return user;
  }

  /** An application of applicant1's unit through the union, recommended and passed: it sits at expert evaluation. */
  public Case passedInitialReview(String union) {
    return passedInitialReview(union, unionReviewer(union));
  }

  public Case passedInitialReview(String union, String reviewer) {
    Map<String, Object> form = ValidApplicationForm.of();
    form.put("recommendingUnion", union);
    ProcessInstance application = as(APPLICANT,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form));
    complete(reviewer, onlyTask(application.getId()), decision("RECOMMEND", null));
    complete(OFFICE, onlyTask(application.getId()), decision("PASS", null));
    ProcessInstance evaluation = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(application.getId()).singleResult();
    assertThat(evaluation).as("expert-evaluation called").isNotNull();
    return new Case(application, evaluation);
  }

  public Task onlyTask(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  public List<Task> tasks(Case c, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(c.evaluation().getId())
        .taskDefinitionKey(taskDefinitionKey).orderByTaskAssignee().asc().list();
  }

  public void complete(String userId, Task task, Map<String, Object> values) {
    as(userId, () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  public static Map<String, Object> decision(String decision, String reasons) {
    Map<String, Object> values = new HashMap<>();
    values.put("decision", decision);
    values.put("reasons", reasons);
    return values;
  }

  public static Map<String, Object> declaration(String declaration, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put("declaration", declaration);
    values.put("recusalReason", reason);
    return values;
  }

  /** Every declaration task of the case answered "no conflict" by its assignee. */
  public void declareAll(Case c) {
    for (Task task : tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT)) {
      complete(task.getAssignee(), task, declaration("NO_CONFLICT", null));
    }
  }

  /**
   * A full score sheet as the generated form submits it: every item at its maximum, except {@code deduction} points
   * taken off the items in table order (never below 0), so the total is 100 − deduction.
   */
  public Map<String, Object> sheet(String version, BigDecimal deduction) {
    Map<String, Object> values = new HashMap<>();
    BigDecimal left = deduction;
    for (ThirdLevelItem item : indicatorSets.get(version).items()) {
      BigDecimal off = left.min(item.max());
      left = left.subtract(off);
      values.put(ScoringFormFields.scoreKey(item.id()), item.max().subtract(off).doubleValue());
    }
    values.put("comment", "材料完整，成果突出。");
    return values;
  }

  /** A full sheet whose deduction is taken first from the items of one first-level indicator (for tie-breaks). */
  public Map<String, Object> sheetDeductingFrom(String version, BigDecimal deduction, String firstLevelId) {
    Map<String, Object> values = new HashMap<>();
    BigDecimal left = deduction;
    List<ThirdLevelItem> items = new java.util.ArrayList<>(indicatorSets.get(version).items());
    items.sort(java.util.Comparator.comparing(i -> !i.firstLevel().id().equals(firstLevelId)));
    for (ThirdLevelItem item : items) {
      BigDecimal off = left.min(item.max());
      left = left.subtract(off);
      values.put(ScoringFormFields.scoreKey(item.id()), item.max().subtract(off).doubleValue());
    }
    values.put("comment", "材料完整，成果突出。");
    return values;
  }

  /** Every expert of the case declares no conflict and submits the same sheet; waits for the evaluation to end. */
  public void evaluateUniformly(Case c, Map<String, Object> sheet) {
    declareAll(c);
    for (Task task : tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION)) {
      complete(task.getAssignee(), task, sheet);
    }
    awaitEnded(c);
  }

  /** Waits for the asynchronous join and aggregation: until the evaluation instance has ended or waits at a task. */
  public void awaitEnded(Case c) {
    ProcessEnds.await(engine, c.evaluation().getId());
  }

  /** Waits until no job of the evaluation is left (the join ran), e.g. before a city-office task appears. */
  public void awaitNoJobs(Case c) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      if (engine.getManagementService().createJobQuery().processInstanceId(c.evaluation().getId()).count() == 0) {
        return;
      }
      sleep();
    }
    throw new AssertionError("jobs of " + c.evaluation().getId() + " still pending after 60 s");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public record Case(ProcessInstance application, ProcessInstance evaluation) {
  }
}

package cn.szftu.studio.reassessment;

import cn.szftu.studio.support.EngineTime;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.scoring.VetoFlag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Named studios (NamedStudioFixture: decision of 2026-11-20, so first due on 2029-11-20) and their re-assessment
 * process: moving engine time to a due date, and experts scoring a re-assessment panel. Panels of the studios' batch
 * are made 3 experts while a test runs, so naming, a re-assessment and the second assessment after rectification (no
 * expert sits twice on panels of one studio) fit into the demo pool of 13 eligible experts.
 */
final class ReassessmentFixture {

  static final LocalDate NAMED_ON = LocalDate.of(2026, 11, 20);
  static final Instant FIRST_DUE = LocalDate.of(2029, 11, 20).atStartOfDay(ClockConfiguration.ZONE).toInstant();
  static final Instant SECOND_DUE = LocalDate.of(2032, 11, 20).atStartOfDay(ClockConfiguration.ZONE).toInstant();
  static final int PANEL = 3;

  private final ProcessEngine engine;
  private final NamedStudioFixture naming;
  private final IndicatorSets indicatorSets;
  private final JdbcTemplate jdbc;
  private int unionTurn;

  ReassessmentFixture(ProcessEngine engine, NamedStudioFixture naming, IndicatorSets indicatorSets,
      JdbcTemplate jdbc) {
    this.engine = engine;
    this.naming = naming;
    this.indicatorSets = indicatorSets;
    this.jdbc = jdbc;
  }

  void smallPanels() {
    jdbc.update("update naming_batch set panel_size = ? where code = ?", PANEL, EvaluationFixture.BATCH);
  }

  void restorePanels() {
    jdbc.update("update naming_batch set panel_size = 5 where code = ?", EvaluationFixture.BATCH);
  }

  EvaluationFixture evaluation() {
    return naming.evaluation();
  }

  Studio named() {
    String union = java.util.List.of("dapeng", "shenshan", "direct").get(unionTurn++ % 3);
    return naming.named(union);
  }

  ProcessInstance instance(Studio studio) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(StudioReassessmentProcess.KEY).processInstanceBusinessKey(studio.getNamingNumber())
        .singleResult();
  }

  /** Engine time a minute after {@code due}: the instance's due timer fires; answers the evaluation it called. */
  Case fire(ProcessInstance instance, Instant due) {
    assertThat(EngineTime.runDueAt(engine, instance.getId(), due.plus(Duration.ofMinutes(1)))).isEqualTo(1);
    return evaluationCase(instance);
  }

  /** The evaluation the re-assessment instance is calling now. */
  Case evaluationCase(ProcessInstance instance) {
    ProcessInstance evaluation = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(evaluation).as("expert-evaluation called").isNotNull();
    return new Case(instance, evaluation);
  }

  /**
   * Every expert declares no conflict and gives 100 − deduction; waits until the evaluation has ended and the
   * re-assessment has decided (an asynchronous step of its own).
   */
  void score(Case c, String deduction) {
    evaluation().evaluateUniformly(c, evaluation().sheet(indicatorSets.getDefault().version(),
        new BigDecimal(deduction)));
    awaitDecided(c.application());
  }

  /** Every expert gives 95 points and raises the dishonesty veto (一票否决). */
  void scoreWithVeto(Case c) {
    Map<String, Object> veto = evaluation().sheet(indicatorSets.getDefault().version(), new BigDecimal("5"));
    veto.put(ScoringFormFields.vetoKey(VetoFlag.DISHONESTY_LISTING), true);
    veto.put(ScoringFormFields.vetoFactsKey(VetoFlag.DISHONESTY_LISTING), "依托单位已被列入严重失信主体名单");
    evaluation().evaluateUniformly(c, veto);
    awaitDecided(c.application());
  }

  /** Waits for the job executor to run the instance's asynchronous step after an evaluation (确定复核结论). */
  void awaitDecided(ProcessInstance instance) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
        .withRetriesLeft().count() > 0) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("re-assessment " + instance.getId() + " did not decide within 60 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).withException()
        .count()).as("failed jobs of " + instance.getId()).isZero();
  }
}

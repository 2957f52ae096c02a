package cn.szftu.studio.evaluation;

import static cn.szftu.studio.evaluation.EvaluationFixture.declaration;
import static cn.szftu.studio.evaluation.EvaluationFixture.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationDecisionRepository;
import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.scoring.VetoFlag;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The expert-evaluation process as experts and the city office drive it, called from real applications. */
class ExpertEvaluationProcessIT extends PostgresIntegrationTest {

  static final String DEFAULT_VERSION = "2023-reconstructed";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IndicatorSets indicatorSets;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  EvaluationRepository evaluations;
  @Autowired
  EvaluationService evaluationService;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  ApplicationDecisionRepository decisions;

  EvaluationFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
  }

  @Test
  void panelOfFiveScoresAndTheTrimmedMeanGoesBackToTheApplication() {
    Case c = fixture.passedInitialReview("dapeng");
    Evaluation evaluation = evaluation(c);
    assertThat(evaluation.getIndicatorVersion()).isEqualTo(indicatorSets.getDefault().version());
    assertThat(evaluation.getPanelSize()).isEqualTo(5);
    assertThat(application(c).getStatus()).isEqualTo(ApplicationStatus.EXPERT_EVALUATION);

    List<Task> declarations = fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT);
    Set<String> experts = new HashSet<>();
    declarations.forEach(t -> experts.add(t.getAssignee()));
    assertThat(experts).hasSize(5);
    assertThat(declarations).allSatisfy(t -> assertThat(t.getAssignee()).isNotNull());

    // an expert sees their own task only, not the other experts' nor the whole group's
    String first = declarations.get(0).getAssignee();
    List<Task> visible = fixture.as(first, () -> engine.getTaskService().createTaskQuery().listPage(0, 100));
    assertThat(visible).isNotEmpty().allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(first));
    assertThat(visible).filteredOn(t -> t.getProcessInstanceId().equals(c.evaluation().getId()))
        .extracting(Task::getId).containsExactly(declarations.get(0).getId());

    fixture.declareAll(c);
    List<Task> scoring = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION);
    assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(experts);
    String[] deductions = {"0", "1", "2", "3", "4"};
    for (int i = 0; i < scoring.size(); i++) {
      fixture.complete(scoring.get(i).getAssignee(), scoring.get(i),
          fixture.sheet(evaluation.getIndicatorVersion(), new BigDecimal(deductions[i])));
    }
    fixture.awaitEnded(c);

    Evaluation done = evaluations.findById(evaluation.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(EvaluationStatus.COMPLETED);
    assertThat(done.getPanelScore()).isEqualByComparingTo("98.00"); // (99 + 98 + 97) / 3, 100 and 96 dropped
    assertThat(done.getTrimmed()).isTrue();
    assertThat(done.getExcluded()).isFalse();
    assertThat(evaluationService.explanation(done).orElseThrow().indicators()).hasSize(4 + 10 + 26);

    Application application = application(c);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.EVALUATED);
    assertThat(engine.getRuntimeService().getVariable(c.application().getId(), ApplicationProcess.VAR_EVALUATION_ID))
        .isEqualTo(done.getId());
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(c.application().getId())
        .activityId(ApplicationProcess.AWAIT_NAMING_DECISION).count()).isEqualTo(1);
    assertThat(decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application.getId()))
        .anyMatch(d -> d.getStep() == DecisionStep.EXPERT_EVALUATION);
  }

  @Test
  void recusalDrawsAReplacementIntoTheSameSeatAndAReasonIsRequired() {
    Case c = fixture.passedInitialReview("dapeng");
    Task task = fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT).get(0);
    String recusing = task.getAssignee();
    int seat = evaluationService.members(evaluation(c).getId()).stream()
        .filter(m -> m.getExpertId().equals(recusing)).findFirst().orElseThrow().getSeat();

    assertThatThrownBy(() -> fixture.complete(recusing, task, declaration("RECUSE", " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("回避理由").hasMessageContaining("必须说明理由");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    fixture.complete(recusing, task, declaration("RECUSE", "本人曾为该依托单位提供技术咨询"));
    List<EvaluationMember> members = evaluationService.members(evaluation(c).getId());
    EvaluationMember recused = members.stream().filter(m -> m.getExpertId().equals(recusing)).findFirst().orElseThrow();
    assertThat(recused.getState()).isEqualTo(MemberState.RECUSED);
    assertThat(recused.getRecusalReason()).isEqualTo("本人曾为该依托单位提供技术咨询");
    EvaluationMember replacement = evaluationService.holder(evaluation(c).getId(), seat);
    assertThat(replacement.getExpertId()).isNotEqualTo(recusing);
    assertThat(members).filteredOn(m -> m.getState().holdsSeat()).hasSize(5)
        .extracting(EvaluationMember::getExpertId).doesNotHaveDuplicates();

    List<Task> declarations = fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT);
    assertThat(declarations).hasSize(5).extracting(Task::getAssignee)
        .contains(replacement.getExpertId()).doesNotContain(recusing);
    List<EvaluationDraw> draws = evaluationService.draws(evaluation(c).getId());
    assertThat(draws).extracting(EvaluationDraw::getPurpose).containsExactly(DrawPurpose.PANEL, DrawPurpose.REPLACEMENT);
    assertThat(draws.get(1).getDrawn()).isEqualTo(replacement.getExpertId());
    assertThat(draws.get(1).getExcluded()).contains(recusing);
  }

  @Test
  void allExpertsSubmittingAtTheSameMomentLeaveFiveScoresOneResultAndNoIncident() throws Exception {
    Case c = fixture.passedInitialReview("direct");
    fixture.declareAll(c);
    List<Task> scoring = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION);
    String version = evaluation(c).getIndicatorVersion();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(scoring.size());
    try {
      List<Future<?>> submissions = new ArrayList<>();
      for (Task task : scoring) {
        Map<String, Object> sheet = fixture.sheet(version, BigDecimal.ONE);
        submissions.add(pool.submit(() -> {
          start.await();
          fixture.complete(task.getAssignee(), task, sheet);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> submission : submissions) {
        submission.get(60, TimeUnit.SECONDS); // throws if any expert's submission failed
      }
    } finally {
      pool.shutdownNow();
    }
    fixture.awaitEnded(c);

    Evaluation done = evaluation(c);
    assertThat(evaluationService.members(done.getId())).filteredOn(m -> m.getState() == MemberState.SUBMITTED)
        .hasSize(5);
    assertThat(done.getStatus()).isEqualTo(EvaluationStatus.COMPLETED);
    assertThat(done.getPanelScore()).isEqualByComparingTo("99.00");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(c.evaluation().getId()).activityId(ExpertEvaluationProcess.AGGREGATE).count())
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(c.evaluation().getId())
        .count()).isZero();
    assertThat(application(c).getStatus()).isEqualTo(ApplicationStatus.EVALUATED);
  }

  @Test
  void aScoreAboveTheItemMaximumIsRefusedNamingTheItemAndNothingIsStored() {
    Case c = fixture.passedInitialReview("dapeng");
    fixture.declareAll(c);
    Task task = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION).get(0);
    String version = evaluation(c).getIndicatorVersion();
    var firstItem = indicatorSets.get(version).items().get(0);
    Map<String, Object> sheet = fixture.sheet(version, BigDecimal.ZERO);
    sheet.put(ScoringFormFields.scoreKey(firstItem.id()), firstItem.max().add(BigDecimal.ONE).doubleValue());

    assertThatThrownBy(() -> fixture.complete(task.getAssignee(), task, sheet))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("提交未成功").hasMessageContaining(firstItem.id() + " " + firstItem.name())
        .hasMessageContaining("超过该项满分");
    // every problem at once: the form's (no comment, a text for a number) and the scoring rules' (above maximum)
    Map<String, Object> several = new java.util.HashMap<>(sheet);
    several.remove("comment");
    var secondItem = indicatorSets.get(version).items().get(1);
    several.put(ScoringFormFields.scoreKey(secondItem.id()), "八");
    assertThatThrownBy(() -> fixture.complete(task.getAssignee(), task, several))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("共 3 处需要修改")
        .hasMessageContaining("评审意见").hasMessageContaining(secondItem.id() + " " + secondItem.name())
        .hasMessageContaining("应为数字").hasMessageContaining("超过该项满分");

    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(evaluationService.members(evaluation(c).getId()))
        .noneMatch(m -> m.getState() == MemberState.SUBMITTED);
  }

  @Test
  void anotherExpertCannotDeclareOrScoreForTheDrawnOne() {
    Case c = fixture.passedInitialReview("dapeng");
    List<Task> declarations = fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT);
    Task own = declarations.get(0);
    String intruder = declarations.get(1).getAssignee();
    assertThatThrownBy(() -> fixture.complete(intruder, own, declaration("NO_CONFLICT", null)))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(evaluationService.members(evaluation(c).getId())).allMatch(m -> m.getState() == MemberState.DRAWN);
  }

  @Test
  void aVetoExcludesTheApplicationWhateverTheScore() {
    Case c = fixture.passedInitialReview("shenshan");
    fixture.declareAll(c);
    List<Task> scoring = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION);
    String version = evaluation(c).getIndicatorVersion();
    Map<String, Object> vetoWithoutFacts = fixture.sheet(version, BigDecimal.ZERO);
    vetoWithoutFacts.put(ScoringFormFields.vetoKey(VetoFlag.FALSE_MATERIAL), true);
    Task vetoing = scoring.get(0);
    assertThatThrownBy(() -> fixture.complete(vetoing.getAssignee(), vetoing, vetoWithoutFacts))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("提出一票否决时必须写明事实");

    Map<String, Object> veto = fixture.sheet(version, BigDecimal.ZERO);
    veto.put(ScoringFormFields.vetoKey(VetoFlag.FALSE_MATERIAL), true);
    veto.put(ScoringFormFields.vetoFactsKey(VetoFlag.FALSE_MATERIAL), "营业执照复印件与原件不符");
    fixture.complete(vetoing.getAssignee(), vetoing, veto);
    for (Task task : scoring.subList(1, scoring.size())) {
      fixture.complete(task.getAssignee(), task, fixture.sheet(version, BigDecimal.ZERO));
    }
    fixture.awaitEnded(c);

    Evaluation done = evaluation(c);
    assertThat(done.getPanelScore()).isEqualByComparingTo("100.00");
    assertThat(done.getExcluded()).isTrue();
    assertThat(engine.getRuntimeService().getVariable(c.application().getId(),
        ApplicationProcess.VAR_EVALUATION_EXCLUDED)).isEqualTo(true);
    EvaluationExplanation explanation = evaluationService.explanation(done).orElseThrow();
    assertThat(explanation.vetoGrounds()).containsExactly(VetoFlag.FALSE_MATERIAL.label());
    assertThat(done.getResult()).doesNotContain("营业执照").doesNotContain(vetoing.getAssignee());
  }

  @Test
  void disagreementOverTheThresholdGoesToTheCityOfficeWhichAddsAnExpertThenAccepts() {
    Case c = fixture.passedInitialReview("shenshan");
    fixture.declareAll(c);
    List<Task> scoring = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION);
    String version = evaluation(c).getIndicatorVersion();
    String[] deductions = {"0", "0", "0", "20", "20"}; // spread 20 > 15
    for (int i = 0; i < scoring.size(); i++) {
      fixture.complete(scoring.get(i).getAssignee(), scoring.get(i),
          fixture.sheet(version, new BigDecimal(deductions[i])));
    }
    fixture.awaitNoJobs(c);
    Task review = fixture.onlyTask(c.evaluation().getId());
    assertThat(review.getTaskDefinitionKey()).isEqualTo(ExpertEvaluationProcess.REVIEW_DISAGREEMENT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .anyMatch(l -> "city-office".equals(l.getGroupId()));
    assertThat(evaluation(c).getStatus()).isEqualTo(EvaluationStatus.DISAGREEMENT_REVIEW);
    assertThat(evaluation(c).getSpread()).isEqualByComparingTo("20.00");

    assertThatThrownBy(() -> fixture.complete(EvaluationFixture.OFFICE, review, decision("ADD_EXPERT", null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("处理说明");
    fixture.complete(EvaluationFixture.OFFICE, review, decision("ADD_EXPERT", "分歧较大，增加一名专家"));

    Task added = fixture.onlyTask(c.evaluation().getId());
    assertThat(added.getTaskDefinitionKey()).isEqualTo(ExpertEvaluationProcess.DECLARE_CONFLICT);
    assertThat(scoring).extracting(Task::getAssignee).doesNotContain(added.getAssignee());
    fixture.complete(added.getAssignee(), added, declaration("NO_CONFLICT", null));
    Task addedScoring = fixture.onlyTask(c.evaluation().getId());
    fixture.complete(addedScoring.getAssignee(), addedScoring, fixture.sheet(version, BigDecimal.TEN));
    fixture.awaitNoJobs(c);

    Task again = fixture.onlyTask(c.evaluation().getId());
    assertThat(again.getTaskDefinitionKey()).isEqualTo(ExpertEvaluationProcess.REVIEW_DISAGREEMENT);
    fixture.complete(EvaluationFixture.OFFICE, again, decision("ACCEPT", "增加专家后结论稳定，接受评审结果"));
    fixture.awaitEnded(c);

    Evaluation done = evaluation(c);
    assertThat(done.getPanelSize()).isEqualTo(6);
    // six totals 100, 100, 100, 80, 80, 90: drop one 100 and one 80 → (100 + 100 + 80 + 90) / 4 = 92.5
    assertThat(done.getPanelScore()).isEqualByComparingTo("92.50");
    assertThat(done.getStatus()).isEqualTo(EvaluationStatus.COMPLETED);
    assertThat(done.getDisagreementDecision()).isEqualTo(ExpertEvaluationProcess.DisagreementDecision.ACCEPT);
    assertThat(evaluationService.draws(done.getId())).extracting(EvaluationDraw::getPurpose)
        .containsExactly(DrawPurpose.PANEL, DrawPurpose.ADDITIONAL);
  }

  private Evaluation evaluation(Case c) {
    return evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow();
  }

  private Application application(Case c) {
    return applications.findByNumber(c.application().getBusinessKey()).orElseThrow();
  }
}

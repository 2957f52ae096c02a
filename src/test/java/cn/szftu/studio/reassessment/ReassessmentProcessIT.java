package cn.szftu.studio.reassessment;

import cn.szftu.studio.support.EngineTime;
import static cn.szftu.studio.reassessment.ReassessmentFixture.FIRST_DUE;
import static cn.szftu.studio.reassessment.ReassessmentFixture.SECOND_DUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.EvaluationMember;
import cn.szftu.studio.evaluation.EvaluationPurpose;
import cn.szftu.studio.evaluation.EvaluationRepository;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.evaluation.EvaluationStatus;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The re-assessment process of a named studio, driven as the engine and the users drive it: the cycle timer (engine
 * time moved to the due date), experts scoring through their task forms, the host unit's rectification report, the
 * rectification deadline, and revocation by another procedure wherever the process waits.
 */
class ReassessmentProcessIT extends PostgresIntegrationTest {

  static final String HOST_UNIT_USER = "applicant1";
  static final String OTHER_UNIT_USER = "applicant2";

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired StudioEventRepository events;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired EvaluationRepository evaluations;
  @Autowired EvaluationService evaluationService;
  @Autowired ReassessmentService reassessments;
  @Autowired WorkingDays workingDays;
  @Autowired ReassessmentProperties properties;
  @Autowired Clock clock;

  ReassessmentFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ReassessmentFixture(engine, new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studios,
        applications, applicationService), indicatorSets, jdbc);
    fixture.smallPanels();
  }

  @AfterEach
  void tearDown() {
    fixture.restorePanels();
  }

  @Test
  void namingStartsTheProcessWhichWaitsForTheCycleAndKeepsAStudioThatScoresAtTheKeepLine() {
    Studio studio = fixture.named();
    ProcessInstance instance = fixture.instance(studio);
    assertThat(instance).as("started with the naming").isNotNull();
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId()))
        .containsExactly(StudioReassessmentProcess.AWAIT_REVIEW);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(FIRST_DUE));
    // a minute before the due date nothing is due; a minute after, the timer is
    assertThat(EngineTime.dueAt(engine, instance.getId(), FIRST_DUE.minus(Duration.ofMinutes(1)))).isEmpty();

    Case c = fixture.fire(instance, FIRST_DUE);
    Evaluation evaluation = evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow();
    Evaluation naming = evaluationService.latestCompleted(studio.getApplicationId()).orElseThrow();
    assertThat(evaluation.getPurpose()).isEqualTo(EvaluationPurpose.REASSESSMENT);
    assertThat(evaluation.getApplicationId()).isEqualTo(studio.getApplicationId());
    assertThat(evaluation.getIndicatorVersion()).isEqualTo(naming.getIndicatorVersion());
    assertThat(evaluation.getPanelSize()).isEqualTo(ReassessmentFixture.PANEL);
    assertThat(c.evaluation().getBusinessKey()).isEqualTo(studio.getNamingNumber());
    // nobody who scored the studio for its naming sits on its re-assessment panel
    assertThat(experts(evaluation)).doesNotContainAnyElementsOf(experts(naming));
    // the experts are told what they score the studio for
    Task declaration = fixture.evaluation().tasks(c, "Task_DeclareConflict").get(0);
    assertThat(engine.getTaskService().getVariableLocal(declaration.getId(), "reviewBrief").toString())
        .contains("定期复核", studio.getNamingNumber(), "第 1 次定期复核", "2029年11月20日");
    // the panel may read the studio's application, as a naming panel may
    String panelist = experts(evaluation).iterator().next();
    assertThat(evaluationService.isActivePanelMember(panelist, studio.getApplicationId())).isTrue();

    fixture.score(c, "25");

    Reassessment round = only(studio);
    assertThat(round.getRound()).isEqualTo(1);
    assertThat(round.getDueOn()).isEqualTo(LocalDate.of(2029, 11, 20));
    assertThat(round.getEvaluationId()).isEqualTo(evaluation.getId());
    assertThat(round.getPanelScore()).isEqualByComparingTo("75.00");
    assertThat(round.getExcluded()).isFalse();
    assertThat(round.getOutcome()).isEqualTo(ReassessmentOutcome.KEEP);
    assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.KEPT);
    assertThat(round.getCompletedAt()).isNotNull();
    assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.NAMED);
    assertThat(lastEvent(studio).getKind()).isEqualTo(StudioEventKind.REASSESSED);
    assertThat(lastEvent(studio).getDescription()).contains("第 1 次定期复核：保留", "75.00 分", "保留线 75 分");
    assertThat(evaluationService.isActivePanelMember(panelist, studio.getApplicationId())).isFalse();
    // the application page and the naming batch still see the naming evaluation only
    assertThat(evaluationService.latestCompleted(studio.getApplicationId()).orElseThrow().getId())
        .isEqualTo(naming.getId());

    // waiting for the next cycle, three years on
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId()))
        .containsExactly(StudioReassessmentProcess.AWAIT_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), StudioReassessmentProcess.VAR_REVIEW_DUE_AT))
        .isEqualTo(Date.from(SECOND_DUE));

    // the public registry shows the outcome with its date and score
    String page = get("/public/registry/" + studio.getNamingNumber());
    assertThat(page).contains("复核", "registry-event-reassessed", "第 1 次定期复核：保留", "75.00 分");

    // revoked by another procedure while it waits: the process ends
    revokeElsewhere(studio);
    assertEndedAt(instance, StudioReassessmentProcess.END_REVOKED_WHILE_WAITING);
  }

  @Test
  void aStudioBelowTheKeepLineRectifiesReportsAndIsKeptAfterTheSecondAssessment() {
    Studio studio = fixture.named();
    ProcessInstance instance = fixture.instance(studio);
    Case first = fixture.fire(instance, FIRST_DUE);
    Evaluation firstEvaluation = evaluations.findByProcessInstanceId(first.evaluation().getId()).orElseThrow();
    fixture.score(first, "32");

    Reassessment round = only(studio);
    Instant deadline = workingDays.deadlineAfter(LocalDate.now(clock), properties.rectificationWorkingDays());
    assertThat(round.getOutcome()).isEqualTo(ReassessmentOutcome.RECTIFY);
    assertThat(round.getPanelScore()).isEqualByComparingTo("68.00");
    assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.RECTIFYING);
    assertThat(round.getRectificationDeadline()).isEqualTo(deadline);
    assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.RECTIFYING);
    assertThat(lastEvent(studio).getKind()).isEqualTo(StudioEventKind.RECTIFICATION);
    assertThat(lastEvent(studio).getDescription()).contains("限期整改", "68.00 分", "整改期限至");
    assertThat(get("/public/registry/" + studio.getNamingNumber())).contains("限期整改中", "限期整改");

    Task report = reportTask(instance);
    assertThat(report.getDueDate()).isEqualTo(Date.from(deadline));
    assertThat(engine.getTaskService().getIdentityLinksForTask(report.getId()))
        .anyMatch(l -> "unit-ns-precision".equals(l.getGroupId()));
    Map<String, Object> shown = ActingUser.as(engine, HOST_UNIT_USER,
        () -> (Map<String, Object>) engine.getFormService().getTaskFormVariables(report.getId()));
    assertThat(shown.get(StudioReassessmentProcess.FIELD_NAMING_NUMBER)).isEqualTo(studio.getNamingNumber());
    assertThat(shown.get(StudioReassessmentProcess.FIELD_FINDINGS).toString()).contains("68.00 分", "保留线 75 分");

    // refused: another unit, an empty report, a field the form does not have; nothing changes
    assertThatThrownBy(() -> ActingUser.as(engine, OTHER_UNIT_USER,
        () -> submitReport(report, Map.of("report", "已整改"))))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> ActingUser.as(engine, HOST_UNIT_USER, () -> submitReport(report, Map.of("report", " "))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("整改报告");
    Map<String, Object> extra = new HashMap<>();
    extra.put("report", "已整改");
    extra.put("reassessmentOutcome", "KEEP");
    assertThatThrownBy(() -> ActingUser.as(engine, HOST_UNIT_USER, () -> submitReport(report, extra)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reassessmentOutcome");
    assertThatThrownBy(() -> ActingUser.as(engine, HOST_UNIT_USER,
        () -> submitReport(report, Map.of("report", "长".repeat(4001)))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("4000");
    assertThat(reportTask(instance).getId()).isEqualTo(report.getId());
    assertThat(only(studio).getStatus()).isEqualTo(ReassessmentStatus.RECTIFYING);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), StudioReassessmentProcess.VAR_OUTCOME))
        .isEqualTo("RECTIFY");

    ActingUser.as(engine, HOST_UNIT_USER, () -> submitReport(report,
        Map.of("report", "已补齐近三年活动台账，新开展技术攻关课题 2 项，培养徒弟 5 名。")));
    round = only(studio);
    assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.ASSESSING_RECTIFICATION);
    assertThat(round.getReport()).startsWith("已补齐近三年活动台账");
    assertThat(round.getReportSubmittedBy()).isEqualTo(HOST_UNIT_USER);
    assertThat(lastEvent(studio).getDescription()).contains("已提交整改报告");

    Case second = fixture.evaluationCase(instance);
    Evaluation secondEvaluation = evaluations.findByProcessInstanceId(second.evaluation().getId()).orElseThrow();
    assertThat(secondEvaluation.getPurpose()).isEqualTo(EvaluationPurpose.REASSESSMENT);
    // the second panel reads the first score and the host unit's report
    Task declaration = fixture.evaluation().tasks(second, "Task_DeclareConflict").get(0);
    assertThat(engine.getTaskService().getVariableLocal(declaration.getId(), "reviewBrief").toString())
        .contains("限期整改后的再次复核", "68.00 分", "已补齐近三年活动台账");
    assertThat(experts(secondEvaluation)).doesNotContainAnyElementsOf(experts(firstEvaluation));
    fixture.score(second, "20");

    round = only(studio);
    assertThat(round.getSecondEvaluationId()).isEqualTo(secondEvaluation.getId());
    assertThat(round.getSecondPanelScore()).isEqualByComparingTo("80.00");
    assertThat(round.getSecondOutcome()).isEqualTo(ReassessmentOutcome.KEEP);
    assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.KEPT);
    assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.NAMED);
    assertThat(lastEvent(studio).getDescription()).contains("整改后复核", "保留", "80.00 分");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), StudioReassessmentProcess.VAR_REVIEW_DUE_AT))
        .isEqualTo(Date.from(SECOND_DUE));
  }

  @Test
  void aLapsedDeadlineLeadsToTheSecondAssessmentWhichEndsWhenTheStudioIsRevokedMeanwhile() {
    Studio studio = fixture.named();
    ProcessInstance instance = fixture.instance(studio);
    fixture.score(fixture.fire(instance, FIRST_DUE), "30");
    Instant deadline = only(studio).getRectificationDeadline();
    assertThat(EngineTime.dueAt(engine, instance.getId(), deadline.minus(Duration.ofMinutes(1)))).isEmpty();

    assertThat(EngineTime.runDueAt(engine, instance.getId(), deadline.plus(Duration.ofMinutes(1)))).isEqualTo(1);
    Reassessment round = only(studio);
    assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.ASSESSING_RECTIFICATION);
    assertThat(round.getReport()).isNull();
    assertThat(lastEvent(studio).getDescription()).contains("整改期限届满", "未提交整改报告");
    assertThat(reportTaskOrNull(instance)).isNull();

    Case second = fixture.evaluationCase(instance);
    long secondEvaluationId = evaluations.findByProcessInstanceId(second.evaluation().getId()).orElseThrow().getId();
    String panelist = fixture.evaluation().tasks(second, "Task_DeclareConflict").get(0).getAssignee();
    revokeElsewhere(studio);

    assertEndedAt(instance, StudioReassessmentProcess.END_REVOKED_DURING_SECOND_ASSESSMENT);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(second.evaluation().getId())
        .count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(second.evaluation().getId()).count())
        .isZero();
    assertThat(evaluations.findById(secondEvaluationId).orElseThrow().getStatus())
        .isEqualTo(EvaluationStatus.CANCELLED);
    assertThat(evaluationService.isActivePanelMember(panelist, studio.getApplicationId())).isFalse();
    assertThat(only(studio).getStatus()).isEqualTo(ReassessmentStatus.ENDED_BY_REVOCATION);
  }

  @Test
  void aStudioRevokedWhileRectifyingEndsTheRoundAndTheReportTask() {
    Studio studio = fixture.named();
    ProcessInstance instance = fixture.instance(studio);
    fixture.score(fixture.fire(instance, FIRST_DUE), "40");
    assertThat(reportTask(instance)).isNotNull();

    revokeElsewhere(studio);

    assertEndedAt(instance, StudioReassessmentProcess.END_REVOKED_DURING_RECTIFICATION);
    assertThat(reportTaskOrNull(instance)).isNull();
    assertThat(only(studio).getStatus()).isEqualTo(ReassessmentStatus.ENDED_BY_REVOCATION);
  }

  @Test
  void aStudioRevokedDuringTheFirstAssessmentEndsItAndItsPanel() {
    Studio studio = fixture.named();
    ProcessInstance instance = fixture.instance(studio);
    Case c = fixture.fire(instance, FIRST_DUE);
    long evaluationId = evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow().getId();

    revokeElsewhere(studio);

    assertEndedAt(instance, StudioReassessmentProcess.END_REVOKED_DURING_ASSESSMENT);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(c.evaluation().getId()).count()).isZero();
    assertThat(evaluations.findById(evaluationId).orElseThrow().getStatus()).isEqualTo(EvaluationStatus.CANCELLED);
    assertThat(only(studio).getStatus()).isEqualTo(ReassessmentStatus.ENDED_BY_REVOCATION);
    assertThat(only(studio).getOutcome()).isNull();
  }

  private Object submitReport(Task task, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task.getId(), values);
    return null;
  }

  private Task reportTask(ProcessInstance instance) {
    Task task = reportTaskOrNull(instance);
    assertThat(task).as("提交整改报告").isNotNull();
    return task;
  }

  private Task reportTaskOrNull(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(StudioReassessmentProcess.SUBMIT_RECTIFICATION_REPORT).singleResult();
  }

  /** What the revocation process does for a revocation it decided itself: registry first, then the message. */
  private void revokeElsewhere(Studio studio) {
    jdbc.update("update studio set status = 'REVOKED', version = version + 1 where id = ?", studio.getId());
    engine.getRuntimeService().createMessageCorrelation(StudioReassessmentProcess.MESSAGE_STUDIO_REVOKED)
        .processInstanceBusinessKey(studio.getNamingNumber()).correlateAll();
  }

  private void assertEndedAt(ProcessInstance instance, String endEvent) {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(endEvent).count()).isEqualTo(1);
  }

  private Reassessment only(Studio studio) {
    List<Reassessment> rounds = reassessments.ofStudio(studio.getId());
    assertThat(rounds).hasSize(1);
    return rounds.get(0);
  }

  private StudioEvent lastEvent(Studio studio) {
    List<StudioEvent> history = events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId());
    return history.get(history.size() - 1);
  }

  private Set<String> experts(Evaluation evaluation) {
    return evaluationService.members(evaluation.getId()).stream().map(EvaluationMember::getExpertId)
        .collect(Collectors.toSet());
  }

  private String get(String path) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
          + path)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

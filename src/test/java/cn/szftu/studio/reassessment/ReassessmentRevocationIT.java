package cn.szftu.studio.reassessment;

import static cn.szftu.studio.reassessment.ReassessmentFixture.FIRST_DUE;
import static cn.szftu.studio.reassessment.ReassessmentFixture.SECOND_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.revocation.StudioRevocationProcess;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A re-assessment that ends in revocation calls studio-revocation (ground 复核不合格, the scores as basis) and is not
 * interrupted by the Message_StudioRevoked its own call sends: revoked after a failed rectification, and a veto sent
 * to revocation where the decision body decides not to revoke, so the studio waits for its next cycle.
 */
class ReassessmentRevocationIT extends PostgresIntegrationTest {

  static final String HOST_UNIT_USER = "applicant1";

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired StudioEventRepository events;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired ReassessmentService reassessments;
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
  void aStudioStillBelowTheKeepLineAfterRectificationIsRevoked() {
    Studio studio = fixture.named();
    try {
      ProcessInstance instance = fixture.instance(studio);
      fixture.score(fixture.fire(instance, FIRST_DUE), "32");
      Task report = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(StudioReassessmentProcess.SUBMIT_RECTIFICATION_REPORT).singleResult();
      ActingUser.as(engine, HOST_UNIT_USER, () -> {
        engine.getFormService().submitTaskForm(report.getId(), Map.of("report", "已调整团队分工，补充攻关课题 1 项。"));
        return null;
      });
      fixture.score(fixture.evaluationCase(instance), "30");

      Reassessment round = only(studio);
      assertThat(round.getSecondPanelScore()).isEqualByComparingTo("70.00");
      assertThat(round.getSecondOutcome()).isEqualTo(ReassessmentOutcome.REVOKE);
      assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.IN_REVOCATION);
      // the rectification is over; the studio stands as named until the decision body decides
      assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.NAMED);
      assertThat(lastEvent(studio).getDescription()).contains("整改后复核", "撤销", "70.00 分", "仍低于保留线 75 分",
          "移送撤销程序");

      ProcessInstance revocation = revocationOf(instance);
      assertThat(revocation.getBusinessKey()).isEqualTo(studio.getNamingNumber());
      Map<String, Object> called = jdbc.queryForMap("select ground, basis, origin from studio_revocation "
          + "where process_instance_id = ?", revocation.getId());
      assertThat(called.get("ground")).isEqualTo("FAILED_REASSESSMENT");
      assertThat(called.get("basis").toString()).contains("第 1 次定期复核", "68.00 分", "限期整改",
          "依托单位于", "提交整改报告", "70.00 分", "仍低于保留线 75 分");

      answerAndDecide(revocation, "PROPOSE_REVOCATION", decision("REVOKE"));
      returnPlaque(revocation);

      assertEndedAt(instance, StudioReassessmentProcess.END_REVOKED_AFTER_REASSESSMENT);
      round = only(studio);
      assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.REVOKED);
      assertThat(round.getRevoked()).isTrue();
      assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.REVOKED);
      assertThat(events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId())).extracting(StudioEvent::getKind)
          .containsExactly(StudioEventKind.NAMED, StudioEventKind.RECTIFICATION, StudioEventKind.RECTIFICATION,
              StudioEventKind.REASSESSED, StudioEventKind.REVOKED);
    } finally {
      liftBans(studio);
    }
  }

  @Test
  void aVetoSendsTheStudioToRevocationAndADecisionNotToRevokeKeepsItForTheNextCycle() {
    Studio studio = fixture.named();
    try {
      ProcessInstance instance = fixture.instance(studio);
      Case c = fixture.fire(instance, FIRST_DUE);
      fixture.scoreWithVeto(c);

      Reassessment round = only(studio);
      assertThat(round.getPanelScore()).isEqualByComparingTo("95.00");
      assertThat(round.getExcluded()).isTrue();
      assertThat(round.getOutcome()).isEqualTo(ReassessmentOutcome.REVOKE);
      assertThat(round.getRectificationDeadline()).isNull();
      assertThat(lastEvent(studio).getDescription()).contains("第 1 次定期复核：撤销", "一票否决", "移送撤销程序");

      ProcessInstance revocation = revocationOf(instance);
      String basis = jdbc.queryForObject("select basis from studio_revocation where process_instance_id = ?",
          String.class, revocation.getId());
      assertThat(basis).contains("95.00 分", "一票否决").doesNotContain("整改");

      answerAndDecide(revocation, "PROPOSE_RETENTION", decision("NOT_REVOKE"));

      round = only(studio);
      assertThat(round.getStatus()).isEqualTo(ReassessmentStatus.NOT_REVOKED);
      assertThat(round.getRevoked()).isFalse();
      assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.NAMED);
      assertThat(lastEvent(studio).getDescription()).contains("不予撤销", "保留");
      assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId()))
          .containsExactly(StudioReassessmentProcess.AWAIT_REVIEW);
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), StudioReassessmentProcess.VAR_REVIEW_DUE_AT))
          .isEqualTo(Date.from(SECOND_DUE));
    } finally {
      liftBans(studio);
    }
  }

  /** The host unit waives its defence, the city office gives its opinion, the decision body decides. */
  private void answerAndDecide(ProcessInstance revocation, String opinion, Map<String, Object> decision) {
    complete(HOST_UNIT_USER, task(revocation, StudioRevocationProcess.SUBMIT_DEFENCE),
        Map.of(StudioRevocationProcess.FIELD_DEFENCE_CHOICE, "WAIVE"));
    complete("office", task(revocation, StudioRevocationProcess.PREPARE_OPINION),
        Map.of(StudioRevocationProcess.FIELD_OPINION, opinion, StudioRevocationProcess.FIELD_OPINION_REASONS,
            "依据定期复核结论。"));
    complete("leader", task(revocation, StudioRevocationProcess.LEADERSHIP_DECISION), decision);
  }

  private Map<String, Object> decision(String decision) {
    Map<String, Object> values = new HashMap<>();
    values.put(StudioRevocationProcess.FIELD_DECISION, decision);
    if (decision.equals("REVOKE")) {
      values.put(StudioRevocationProcess.FIELD_DECISION_NUMBER, "深工发〔2026〕77号");
      values.put(StudioRevocationProcess.FIELD_DECISION_DATE, LocalDate.now(clock).toString());
    } else {
      values.put(StudioRevocationProcess.FIELD_DECISION_REASONS, "经研究，相关失信记录已修复，不予撤销。");
    }
    return values;
  }

  private void returnPlaque(ProcessInstance revocation) {
    complete(HOST_UNIT_USER, task(revocation, StudioRevocationProcess.RETURN_PLAQUE),
        Map.of(StudioRevocationProcess.FIELD_PLAQUE_RETURNED, true, StudioRevocationProcess.FIELD_NOTE, "已送交"));
    complete("office", task(revocation, StudioRevocationProcess.CONFIRM_PLAQUE_RETURNED),
        Map.of(StudioRevocationProcess.FIELD_PLAQUE_RECEIVED, true));
  }

  private ProcessInstance revocationOf(ProcessInstance instance) {
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(called).as("studio-revocation called").isNotNull();
    assertThat(engine.getRepositoryService().getProcessDefinition(called.getProcessDefinitionId()).getKey())
        .isEqualTo(StudioRevocationProcess.KEY);
    return called;
  }

  private Task task(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private void complete(String user, Task task, Map<String, Object> values) {
    ActingUser.as(engine, user, () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /** The revocation's re-application ban would stop later tests naming studios of applicant1's unit. */
  private void liftBans(Studio studio) {
    jdbc.update("update reapplication_ban set banned_until = ? where id in (select ban_id from studio_revocation "
        + "where studio_id = ? and ban_id is not null)", java.sql.Date.valueOf("2000-01-01"), studio.getId());
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
}

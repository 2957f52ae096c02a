package cn.szftu.studio.change;

import static cn.szftu.studio.change.ChangeFixture.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.registry.StudioVersion;
import cn.szftu.studio.registry.StudioVersionRepository;
import cn.szftu.studio.revocation.StudioRevocationProcess;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A host unit moving out of Shenzhen: after the union's review and the city office's confirmation the change calls
 * studio-revocation with the ground 依托单位注销或迁出 and the facts of the request; the revocation runs its own steps
 * (notice and 申辩, opinion, decision, plaque) and the change ends with its outcome. Revocation does not interrupt the
 * change that called it.
 */
class StudioChangeMoveOutIT extends PostgresIntegrationTest {

  private static final String MOVED_TO = "东莞市松山湖精工有限公司";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IndicatorSets indicatorSets;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private RegistryService registry;
  @Autowired
  private StudioRepository studios;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private ApplicationService applicationService;
  @Autowired
  private StudioChangeRepository changes;
  @Autowired
  private StudioVersionRepository versions;
  @Autowired
  private Clock clock;

  private ChangeFixture fixture;
  private Studio studio;

  @BeforeEach
  void prepare() {
    BpmnAwareTests.init(engine);
    fixture = new ChangeFixture(engine, indicatorSets, jdbc, registry, studios, applications, applicationService);
    studio = fixture.namedStudio();
  }

  @AfterEach
  void liftBans() {
    engine.getIdentityService().clearAuthentication();
    // Later tests name studios of the same unit: a ban of this revocation (none for this ground by default) must end.
    jdbc.update("update reapplication_ban set banned_until = ? where id in (select ban_id from studio_revocation "
        + "where studio_id = ? and ban_id is not null)", java.sql.Date.valueOf("2000-01-01"), studio.getId());
  }

  @Test
  void aConfirmedMoveOutCallsTheRevocationWhichRevokesTheStudio() {
    ProcessInstance change = confirmedMoveOut();
    ProcessInstance revocation = calledRevocation(change);
    Map<String, Object> passed = engine.getRuntimeService().getVariables(revocation.getId());
    Assertions.assertThat(passed).containsEntry(StudioRevocationProcess.VAR_GROUND, "UNIT_CLOSED_OR_MOVED")
        .containsEntry(StudioRevocationProcess.VAR_STUDIO_ID, studio.getId());
    Assertions.assertThat(jdbc.queryForObject("select basis from studio_revocation where studio_id = ?",
        String.class, studio.getId())).contains(studio.getNamingNumber(), MOVED_TO, "迁出深圳市");

    waiveDefenceAndPropose(revocation, "PROPOSE_REVOCATION");
    complete(LEADERSHIP, revocation, StudioRevocationProcess.LEADERSHIP_DECISION, values(
        StudioRevocationProcess.FIELD_DECISION, "REVOKE", StudioRevocationProcess.FIELD_DECISION_NUMBER,
        "深工发〔2026〕61号", StudioRevocationProcess.FIELD_DECISION_DATE, LocalDate.now(clock).toString()));

    // revoked in the registry, but the change waits for the revocation to finish (the plaque), not interrupted
    Assertions.assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.REVOKED);
    assertThat(change).isWaitingAt(StudioChangeProcess.CALL_REVOCATION);
    complete(APPLICANT, revocation, StudioRevocationProcess.RETURN_PLAQUE, values(
        StudioRevocationProcess.FIELD_PLAQUE_RETURNED, true, StudioRevocationProcess.FIELD_NOTE, "已送交"));
    complete(OFFICE, revocation, StudioRevocationProcess.CONFIRM_PLAQUE_RETURNED, values(
        StudioRevocationProcess.FIELD_PLAQUE_RECEIVED, true));

    assertThat(change).isEnded().hasPassed(StudioChangeProcess.END_MOVE_OUT_CONFIRMED,
        StudioChangeProcess.END_REVOKED_AFTER_MOVE).hasNotPassed(StudioChangeProcess.END_STUDIO_REVOKED,
        StudioChangeProcess.APPLY_CHANGE);
    StudioChange request = changeOf(change);
    Assertions.assertThat(request.getStatus()).isEqualTo(ChangeStatus.REVOKED);
    Assertions.assertThat(request.getClosedAt()).isNotNull();
    // the registry keeps the studio's particulars as they were: a move out is a revocation, not a new version
    Studio after = studios.findById(studio.getId()).orElseThrow();
    Assertions.assertThat(after.particulars()).isEqualTo(studio.particulars());
    Assertions.assertThat(versions.findByStudioIdOrderByVersionNoAsc(studio.getId())).isEmpty();
  }

  @Test
  void aMoveOutTheLeadershipDoesNotRevokeForEndsTheChangeWithTheStudioAsItWas() {
    ProcessInstance change = confirmedMoveOut();
    ProcessInstance revocation = calledRevocation(change);

    waiveDefenceAndPropose(revocation, "PROPOSE_RETENTION");
    complete(LEADERSHIP, revocation, StudioRevocationProcess.LEADERSHIP_DECISION, values(
        StudioRevocationProcess.FIELD_DECISION, "NOT_REVOKE", StudioRevocationProcess.FIELD_DECISION_REASONS,
        "依托单位在深圳保留研发中心，工作室继续在深运行"));

    assertThat(change).isEnded().hasPassed(StudioChangeProcess.END_NOT_REVOKED);
    Assertions.assertThat(changeOf(change).getStatus()).isEqualTo(ChangeStatus.NOT_REVOKED);
    Studio after = studios.findById(studio.getId()).orElseThrow();
    Assertions.assertThat(after.getStatus()).isEqualTo(StudioStatus.NAMED);
    Assertions.assertThat(after.particulars()).isEqualTo(studio.particulars());
  }

  private ProcessInstance confirmedMoveOut() {
    ProcessInstance change = fixture.start(APPLICANT, hostUnitChange(studio, "NO", null, MOVED_TO));
    Assertions.assertThat((String) engine.getTaskService().getVariablesLocal(fixture.task(change).getId())
        .get("requestedChange")).contains("否，迁出深圳市");
    fixture.decide(change, fixture.unionReviewer(), "APPROVE", null);
    assertThat(change).isWaitingAt(StudioChangeProcess.CONFIRM_MOVE_OUT);
    fixture.decide(change, OFFICE, "APPROVE", "经核实，依托单位已整体迁往东莞");
    assertThat(change).isWaitingAt(StudioChangeProcess.CALL_REVOCATION);
    Assertions.assertThat(changeOf(change).getStatus()).isEqualTo(ChangeStatus.REVOCATION);
    return change;
  }

  private ProcessInstance calledRevocation(ProcessInstance change) {
    ProcessInstance revocation = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(change.getId()).singleResult();
    Assertions.assertThat(revocation).as("studio-revocation called").isNotNull();
    Assertions.assertThat(revocation.getBusinessKey()).isEqualTo(studio.getNamingNumber());
    Assertions.assertThat(revocation.getProcessDefinitionId()).startsWith(StudioRevocationProcess.KEY + ":");
    return revocation;
  }

  private void waiveDefenceAndPropose(ProcessInstance revocation, String opinion) {
    complete(APPLICANT, revocation, StudioRevocationProcess.SUBMIT_DEFENCE, values(
        StudioRevocationProcess.FIELD_DEFENCE_CHOICE, "WAIVE"));
    complete(OFFICE, revocation, StudioRevocationProcess.PREPARE_OPINION, values(
        StudioRevocationProcess.FIELD_OPINION, opinion, StudioRevocationProcess.FIELD_OPINION_REASONS,
        "依托单位迁出深圳市"));
  }

  private void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    Assertions.assertThat(task).as(taskKey).isNotNull();
    fixture.complete(user, task, values);
  }

  private StudioChange changeOf(ProcessInstance instance) {
    Long id = jdbc.queryForObject("select id from studio_change where process_instance_id = ?", Long.class,
        instance.getId());
    return changes.findById(id).orElseThrow();
  }

  private static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return values;
  }
}

package cn.szftu.studio.revocation;

import static cn.szftu.studio.revocation.RevocationFixture.*;
import static cn.szftu.studio.revocation.StudioRevocationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.eligibility.ReapplicationBan;
import cn.szftu.studio.eligibility.ReapplicationBanRepository;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of studio-revocation, as its users take it, and what each leaves in the registry and the records. */
class StudioRevocationProcessIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired StudioEventRepository events;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired StudioRevocationRepository revocations;
  @Autowired ReapplicationBanRepository bans;
  @Autowired WorkingDays workingDays;
  @Autowired Clock clock;

  RevocationFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new RevocationFixture(engine, indicatorSets, jdbc, registry, studios, applications, applicationService);
    TestModels.deploy(engine.getRepositoryService());
  }

  @Test
  void revokesAfterTheDefenceAndEndsTheStudiosOtherProcesses() throws Exception {
    Studio studio = fixture.namedStudio();
    ProcessInstance other = engine.getRuntimeService().startProcessInstanceByKey(TestModels.LISTENER,
        studio.getNamingNumber());
    try {
      ProcessInstance instance = fixture.startByForm(studio, RevocationGround.FRAUD);
      String id = instance.getId();

      // the case: business key, only ids and decisions in the process, the basis in the table
      Assertions.assertThat(instance.getBusinessKey()).isEqualTo(studio.getNamingNumber());
      Assertions.assertThat(engine.getRuntimeService().getVariables(id).keySet())
          .containsExactlyInAnyOrder(VAR_STUDIO_ID, VAR_GROUND, VAR_REVOCATION_ID, VAR_REVOKED, VAR_DEFENCE_DUE_AT);
      StudioRevocation revocation = caseOf(id);
      Assertions.assertThat(revocation.getOrigin()).isEqualTo(RevocationOrigin.FORM);
      Assertions.assertThat(revocation.getBasis()).isEqualTo(BASIS);
      Assertions.assertThat(revocation.getStartedBy()).isEqualTo(OFFICE);

      // the notice: the host unit's task, due at the end of the 10th working day, and the lapse timer at that moment
      Task defence = fixture.task(id, SUBMIT_DEFENCE);
      Date due = (Date) engine.getRuntimeService().getVariable(id, VAR_DEFENCE_DUE_AT);
      Assertions.assertThat(due.toInstant()).isEqualTo(workingDays.deadlineAfter(LocalDate.now(clock), 10));
      assertThat(defence).hasDueDate(due).hasCandidateGroup(UNIT_GROUP);
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
      Assertions.assertThat(timer.getDuedate()).isEqualTo(due);
      Assertions.assertThat(engine.getTaskService().getVariableLocal(defence.getId(), FIELD_BASIS)).isEqualTo(BASIS);

      fixture.submitDefence(id, "专利证书真实有效，已附国家知识产权局查询结果。");
      Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(id).count()).isZero();

      Task opinion = fixture.task(id, PREPARE_OPINION);
      assertThat(opinion).hasCandidateGroup("city-office");
      Assertions.assertThat((String) engine.getTaskService().getVariableLocal(opinion.getId(), FIELD_DEFENCE_SUMMARY))
          .contains("提交申辩意见").contains("专利证书真实有效");
      fixture.giveOpinion(id, "PROPOSE_REVOCATION", "经再次核实，专利证书号不存在，申辩理由不成立。");

      Task decision = fixture.task(id, LEADERSHIP_DECISION);
      assertThat(decision).hasCandidateGroup("city-leadership");
      Assertions.assertThat((String) engine.getTaskService().getVariableLocal(decision.getId(), FIELD_OPINION_SUMMARY))
          .startsWith("拟撤销").contains("申辩理由不成立");
      Assertions.assertThat((String) engine.getTaskService().getVariableLocal(decision.getId(),
          FIELD_DECISION_SUMMARY)).contains("5 年内不得再次申报");
      LocalDate today = LocalDate.now(clock);
      fixture.decide(id, revoke("深工发〔2026〕31号", today.toString()));

      // the registry: revoked with the ground's label, basis, decision and date; the event references the decision
      Studio revoked = studios.findById(studio.getId()).orElseThrow();
      Assertions.assertThat(revoked.getStatus()).isEqualTo(StudioStatus.REVOKED);
      Assertions.assertThat(revoked.getRevocationReason()).isEqualTo("申报弄虚作假");
      Assertions.assertThat(revoked.getRevocationBasis()).isEqualTo(BASIS);
      Assertions.assertThat(revoked.getRevocationDecisionNumber()).isEqualTo("深工发〔2026〕31号");
      Assertions.assertThat(revoked.getRevokedOn()).isEqualTo(today);
      List<StudioEvent> history = events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId());
      Assertions.assertThat(history).extracting(StudioEvent::getKind)
          .containsExactly(StudioEventKind.NAMED, StudioEventKind.REVOKED);
      Assertions.assertThat(history.get(1).getDecision()).isEqualTo("深工发〔2026〕31号（" + today + "）");
      Assertions.assertThat(history.get(1).getDescription()).isEqualTo("撤销命名：申报弄虚作假");
      Assertions.assertThat(history.get(1).getActorUserId()).isEqualTo(LEADER);

      // the ban: the host unit, five years for fraud, counted from the decision date
      revocation = caseOf(id);
      Assertions.assertThat(revocation.getStatus()).isEqualTo(RevocationStatus.REVOKED);
      ReapplicationBan ban = bans.findById(revocation.getBanId()).orElseThrow();
      Assertions.assertThat(ban.getHostUnitCode()).isEqualTo(studio.getHostUnitCode());
      Assertions.assertThat(ban.getLeaderName()).isNull();
      Assertions.assertThat(ban.getBannedUntil()).isEqualTo(today.plusYears(5).minusDays(1));
      Assertions.assertThat(ban.getReason()).contains(studio.getNamingNumber()).contains("申报弄虚作假");

      // the studio's other process heard Message_StudioRevoked
      assertThat(other).isEnded().hasPassed(TestModels.LISTENER_END_REVOKED);

      // the plaque: the host unit returns it by its due date, the office confirms
      Task plaque = fixture.task(id, RETURN_PLAQUE);
      assertThat(plaque).hasCandidateGroup(UNIT_GROUP)
          .hasDueDate(Date.from(workingDays.deadlineAfter(LocalDate.now(clock), 15)));
      fixture.returnPlaque(plaque);
      Task receipt = fixture.task(id, CONFIRM_PLAQUE_RETURNED);
      assertThat(receipt).hasCandidateGroup("city-office");
      Assertions.assertThat((String) engine.getTaskService().getVariableLocal(receipt.getId(), FIELD_RETURN_SUMMARY))
          .contains("已由工会主席送交");
      fixture.confirmPlaque(receipt);

      assertThat(instance).isEnded().hasPassedInOrder(NOTIFY_STUDIO, SUBMIT_DEFENCE, PREPARE_OPINION,
          LEADERSHIP_DECISION, REVOKE_STUDIO, END_OTHER_PROCESSES, RETURN_PLAQUE, CONFIRM_PLAQUE_RETURNED, END_REVOKED)
          .hasNotPassed(RECORD_DEFENCE_LAPSED, END_NOT_REVOKED);
      Assertions.assertThat(revoked(id)).isTrue();
      revocation = caseOf(id);
      Assertions.assertThat(revocation.getDefenceOutcome()).isEqualTo(DefenceOutcome.SUBMITTED);
      Assertions.assertThat(revocation.getDefenceBy()).isEqualTo(UNIT_USER);
      Assertions.assertThat(revocation.getOpinion()).isEqualTo(Opinion.PROPOSE_REVOCATION);
      Assertions.assertThat(revocation.getOpinionBy()).isEqualTo(OFFICE);
      Assertions.assertThat(revocation.getDecision()).isEqualTo(Decision.REVOKE);
      Assertions.assertThat(revocation.getDecidedBy()).isEqualTo(LEADER);
      Assertions.assertThat(revocation.getPlaqueReturnedBy()).isEqualTo(UNIT_USER);
      Assertions.assertThat(revocation.getPlaqueReceivedBy()).isEqualTo(OFFICE);
      Assertions.assertThat(revocation.getPlaqueReceivedAt()).isNotNull();

      // the public entry: reason, date and decision; never the basis or the defence
      String page = get("/public/registry/" + studio.getNamingNumber());
      Assertions.assertThat(page).contains("已撤销").contains("撤销事由：申报弄虚作假").contains("深工发〔2026〕31号")
          .contains(today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日")
          .doesNotContain("伪造").doesNotContain("专利证书真实有效").doesNotContain("申辩理由不成立");
    } finally {
      fixture.liftBansOf(studio.getId());
    }
  }

  @Test
  void goesOnWithoutDefenceWhenTheDeadlinePassesAndBansNobodyForAClosedUnit() {
    Studio studio = fixture.namedStudio();
    ProcessInstance instance = fixture.startByForm(studio, RevocationGround.UNIT_CLOSED_OR_MOVED);
    String id = instance.getId();

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(id)
        .activityId(DEFENCE_LAPSED).singleResult();
    Assertions.assertThat(timer.getDuedate()).isAfter(Date.from(clock.instant()));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(instance).isWaitingAt(PREPARE_OPINION).hasPassed(DEFENCE_LAPSED, RECORD_DEFENCE_LAPSED);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(SUBMIT_DEFENCE).count()).isZero();
    StudioRevocation revocation = caseOf(id);
    Assertions.assertThat(revocation.getDefenceOutcome()).isEqualTo(DefenceOutcome.LAPSED);
    Assertions.assertThat(revocation.getDefence()).isNull();
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(
        fixture.task(id, PREPARE_OPINION).getId(), FIELD_DEFENCE_SUMMARY)).contains("届满，依托单位未提交申辩意见");

    fixture.giveOpinion(id, "PROPOSE_REVOCATION", "依托单位已迁往东莞。");
    fixture.decide(id, revoke("深工发〔2026〕32号", LocalDate.now(clock).toString()));

    Assertions.assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.REVOKED);
    Assertions.assertThat(caseOf(id).getBanId()).as("no ban for a unit that closed or moved").isNull();
    Assertions.assertThat(revoked(id)).isTrue();
    fixture.returnPlaque(fixture.task(id, RETURN_PLAQUE));
    fixture.confirmPlaque(fixture.task(id, CONFIRM_PLAQUE_RETURNED));
    assertThat(instance).isEnded().hasPassed(END_REVOKED);
  }

  @Test
  void waivedDefenceAndADecisionNotToRevokeLeaveTheStudioAsItWas() {
    Studio studio = fixture.namedStudio();
    long bansBefore = bans.count();
    ProcessInstance instance = fixture.startByForm(studio, RevocationGround.SERIOUS_INCIDENT);
    String id = instance.getId();

    fixture.waiveDefence(id);
    Assertions.assertThat(caseOf(id).getDefenceOutcome()).isEqualTo(DefenceOutcome.WAIVED);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(
        fixture.task(id, PREPARE_OPINION).getId(), FIELD_DEFENCE_SUMMARY)).contains("放弃申辩");
    fixture.giveOpinion(id, "PROPOSE_RETENTION", "事故责任不在依托单位。");
    fixture.decide(id, notRevoke("经研究，事故系外包单位责任，不予撤销。"));

    assertThat(instance).isEnded().hasPassed(END_NOT_REVOKED).hasNotPassed(REVOKE_STUDIO, RETURN_PLAQUE);
    Assertions.assertThat(revoked(id)).isFalse();
    Studio after = studios.findById(studio.getId()).orElseThrow();
    Assertions.assertThat(after.getStatus()).isEqualTo(StudioStatus.NAMED);
    Assertions.assertThat(after.getRevocationReason()).isNull();
    Assertions.assertThat(events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId()))
        .extracting(StudioEvent::getKind).containsExactly(StudioEventKind.NAMED);
    Assertions.assertThat(bans.count()).isEqualTo(bansBefore);
    StudioRevocation revocation = caseOf(id);
    Assertions.assertThat(revocation.getStatus()).isEqualTo(RevocationStatus.NOT_REVOKED);
    Assertions.assertThat(revocation.getDecisionReasons()).isEqualTo("经研究，事故系外包单位责任，不予撤销。");
    Assertions.assertThat(revocation.getOpinion()).isEqualTo(Opinion.PROPOSE_RETENTION);

    // the case is closed: the studio may be taken up again
    ProcessInstance again = fixture.startByForm(studio, RevocationGround.SERIOUS_INCIDENT);
    assertThat(again).isWaitingAt(SUBMIT_DEFENCE);
    fixture.waiveDefence(again.getId());
    fixture.giveOpinion(again.getId(), "PROPOSE_RETENTION", "同上。");
    fixture.decide(again.getId(), notRevoke("不予撤销。"));
  }

  @Test
  void startedWithTheCallContractsVariablesSkipsTheForm() {
    Studio studio = fixture.namedStudio();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(KEY)
        .businessKey(studio.getNamingNumber())
        .setVariables(Map.of(VAR_STUDIO_ID, studio.getId(), VAR_GROUND, RevocationGround.FAILED_REASSESSMENT.name(),
            VAR_BASIS, "2026 年复核得分 58 分，限期整改后复核得分 62 分，仍不合格。"))
        .execute();
    String id = instance.getId();

    assertThat(instance).isWaitingAt(SUBMIT_DEFENCE).hasPassed(START, NOTIFY_STUDIO);
    Assertions.assertThat(engine.getRuntimeService().getVariables(id).keySet())
        .containsExactlyInAnyOrder(VAR_STUDIO_ID, VAR_GROUND, VAR_REVOCATION_ID, VAR_REVOKED, VAR_DEFENCE_DUE_AT);
    StudioRevocation revocation = caseOf(id);
    Assertions.assertThat(revocation.getOrigin()).isEqualTo(RevocationOrigin.CALLED);
    Assertions.assertThat(revocation.getGround()).isEqualTo(RevocationGround.FAILED_REASSESSMENT);
    Assertions.assertThat(revocation.getBasis()).startsWith("2026 年复核得分 58 分");
    Assertions.assertThat(revocation.getStartedBy()).isNull();

    fixture.waiveDefence(id);
    fixture.giveOpinion(id, "PROPOSE_RETENTION", "整改已见成效。");
    fixture.decide(id, notRevoke("给予再次整改机会。"));
    assertThat(instance).isEnded().hasPassed(END_NOT_REVOKED);
    Assertions.assertThat(revoked(id)).isFalse();
  }

  @Test
  void aCallerGetsRevokedBackAndIsNotInterruptedByTheMessage() {
    Studio studio = fixture.namedStudio();
    ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey(TestModels.CALLER,
        studio.getNamingNumber(), Map.of(VAR_STUDIO_ID, studio.getId(),
            VAR_GROUND, RevocationGround.UNIT_CLOSED_OR_MOVED.name(), VAR_BASIS, "依托单位已整体迁出深圳。"));
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult();
    Assertions.assertThat(called.getBusinessKey()).isEqualTo(studio.getNamingNumber());
    String id = called.getId();

    fixture.waiveDefence(id);
    fixture.giveOpinion(id, "PROPOSE_REVOCATION", "依托单位迁出深圳。");
    fixture.decide(id, revoke("深工发〔2026〕33号", LocalDate.now(clock).toString()));
    fixture.returnPlaque(fixture.task(id, RETURN_PLAQUE));
    fixture.confirmPlaque(fixture.task(id, CONFIRM_PLAQUE_RETURNED));

    assertThat(called).isEnded().hasPassed(END_REVOKED);
    assertThat(caller).isActive().isWaitingAt("Task_AfterCall").hasNotPassed(TestModels.CALLER_INTERRUPTED);
    Assertions.assertThat(engine.getRuntimeService().getVariable(caller.getId(), VAR_REVOKED)).isEqualTo(true);
    engine.getTaskService().complete(fixture.task(caller.getId(), "Task_AfterCall").getId());
    assertThat(caller).isEnded().hasPassed(TestModels.CALLER_END);
  }

  private StudioRevocation caseOf(String processInstanceId) {
    Long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(VAR_REVOCATION_ID).singleResult().getValue();
    return revocations.findById(id).orElseThrow();
  }

  private Boolean revoked(String processInstanceId) {
    HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    Assertions.assertThat(done).isNotNull();
    return (Boolean) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(VAR_REVOKED).singleResult().getValue();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}

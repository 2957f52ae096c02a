package cn.szftu.studio.revocation;

import static cn.szftu.studio.revocation.RevocationFixture.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.InvalidSubmissionException;
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
import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Revoking a whole naming batch: one decision of the decision body, then per studio its case, registry entry, ban,
 * event referencing that decision, message to its other processes and plaque tasks. A decision not to revoke leaves
 * the batch as it was.
 */
class BatchRevocationProcessIT extends PostgresIntegrationTest {

  static final String BATCH_BASIS = "上级主管部门通知：该批次命名活动未经批准，命名决定予以撤销。";

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired StudioEventRepository events;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired RevocationService revocationService;
  @Autowired StudioRevocationRepository revocations;
  @Autowired ReapplicationBanRepository bans;
  @Autowired Clock clock;

  @Test
  void oneDecisionRevokesEveryStudioOfTheBatch() {
    TestModels.deploy(engine.getRepositoryService());
    RevocationFixture fixture = new RevocationFixture(engine, indicatorSets, jdbc, registry, studios, applications,
        applicationService);
    Studio first = fixture.namedStudio();
    Studio second = fixture.namedStudio();
    String batch = fixture.batchOf(first, second);
    try {
      // a decision not to revoke: recorded on every case, the studios untouched
      ProcessInstance declined = start(fixture, batch);
      Assertions.assertThat(declined.getBusinessKey()).isEqualTo(batch);
      Assertions.assertThat(casesOf(declined)).hasSize(2).allSatisfy(c -> {
        Assertions.assertThat(c.getOrigin()).isEqualTo(RevocationOrigin.BATCH);
        Assertions.assertThat(c.getStatus()).isEqualTo(RevocationStatus.IN_PROGRESS);
      });
      Assertions.assertThatThrownBy(() -> fixture.startByForm(first, RevocationGround.FRAUD))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("已有撤销程序正在进行");
      fixture.complete(LEADER, fixture.task(declined.getId(), BatchRevocationProcess.LEADERSHIP_DECISION),
          notRevoke("经研究，暂不撤销。"));
      assertThat(declined).isEnded().hasPassed(BatchRevocationProcess.END_NOT_REVOKED)
          .hasNotPassed(BatchRevocationProcess.REVOKE_EACH_STUDIO);
      Assertions.assertThat(casesOf(declined)).allSatisfy(c -> {
        Assertions.assertThat(c.getStatus()).isEqualTo(RevocationStatus.NOT_REVOKED);
        Assertions.assertThat(c.getDecision()).isEqualTo(Decision.NOT_REVOKE);
      });
      Assertions.assertThat(studios.findByBatchCodeOrderByNamingNumberAsc(batch))
          .allSatisfy(s -> Assertions.assertThat(s.getStatus()).isEqualTo(StudioStatus.NAMED));

      // revoked: one decision, then per studio everything a single revocation does
      ProcessInstance listener = engine.getRuntimeService().startProcessInstanceByKey(TestModels.LISTENER,
          first.getNamingNumber());
      ProcessInstance instance = start(fixture, batch);
      Task decision = fixture.task(instance.getId(), BatchRevocationProcess.LEADERSHIP_DECISION);
      assertThat(decision).hasCandidateGroup("city-leadership");
      Assertions.assertThat((String) engine.getTaskService().getVariableLocal(decision.getId(),
          BatchRevocationProcess.FIELD_STUDIOS)).contains("共 2 个", first.getNamingNumber(), second.getNamingNumber());
      LocalDate today = LocalDate.now(clock);
      fixture.complete(LEADER, decision, revoke("深工发〔2026〕40号", today.toString()));

      List<StudioRevocation> cases = casesOf(instance);
      Assertions.assertThat(cases).hasSize(2).allSatisfy(c -> {
        Assertions.assertThat(c.getStatus()).isEqualTo(RevocationStatus.REVOKED);
        Assertions.assertThat(c.getDecisionNumber()).isEqualTo("深工发〔2026〕40号");
        Assertions.assertThat(c.getBatchRevocationId()).isEqualTo(cases.get(0).getBatchRevocationId());
        ReapplicationBan ban = bans.findById(c.getBanId()).orElseThrow();
        Assertions.assertThat(ban.getBannedUntil()).isEqualTo(today.plusYears(3).minusDays(1));
      });
      Assertions.assertThat(cases).extracting(StudioRevocation::getBanId).doesNotHaveDuplicates();
      Assertions.assertThat(revocationService.getBatch(cases.get(0).getBatchRevocationId()).getStatus())
          .isEqualTo(RevocationStatus.REVOKED);
      for (Studio studio : List.of(first, second)) {
        Studio revoked = studios.findById(studio.getId()).orElseThrow();
        Assertions.assertThat(revoked.getStatus()).isEqualTo(StudioStatus.REVOKED);
        Assertions.assertThat(revoked.getRevocationReason()).isEqualTo("被列入失信名单");
        StudioEvent event = events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId()).stream()
            .filter(e -> e.getKind() == StudioEventKind.REVOKED).reduce((a, b) -> b).orElseThrow();
        Assertions.assertThat(event.getDecision()).isEqualTo("深工发〔2026〕40号（" + today + "）");
      }
      assertThat(listener).isEnded().hasPassed(TestModels.LISTENER_END_REVOKED);

      List<Task> plaques = tasks(instance, BatchRevocationProcess.RETURN_PLAQUE);
      Assertions.assertThat(plaques).hasSize(2);
      plaques.forEach(t -> assertThat(t).hasCandidateGroup(UNIT_GROUP));
      plaques.forEach(fixture::returnPlaque);
      List<Task> receipts = tasks(instance, BatchRevocationProcess.CONFIRM_PLAQUE_RETURNED);
      Assertions.assertThat(receipts).hasSize(2);
      receipts.forEach(fixture::confirmPlaque);
      assertThat(instance).isEnded().hasPassed(BatchRevocationProcess.END_REVOKED);
      Assertions.assertThat(casesOf(instance)).allSatisfy(c ->
          Assertions.assertThat(c.getPlaqueReceivedBy()).isEqualTo(OFFICE));

      // nothing left to revoke in the batch
      Assertions.assertThatThrownBy(() -> start(fixture, batch))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("没有可撤销的工作室");
    } finally {
      fixture.liftBansOf(first.getId());
      fixture.liftBansOf(second.getId());
    }
  }

  private ProcessInstance start(RevocationFixture fixture, String batch) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(BatchRevocationProcess.KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = RevocationFixture.values(BatchRevocationProcess.FIELD_BATCH_CODE, batch,
        BatchRevocationProcess.FIELD_GROUND, RevocationGround.DISHONESTY_LISTING.name(),
        BatchRevocationProcess.FIELD_BASIS, BATCH_BASIS);
    return fixture.as(OFFICE, () -> engine.getFormService().submitStartForm(definition, form));
  }

  private List<StudioRevocation> casesOf(ProcessInstance instance) {
    return revocations.findAll().stream().filter(c -> instance.getId().equals(c.getProcessInstanceId())).toList();
  }

  private List<Task> tasks(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .list();
  }
}

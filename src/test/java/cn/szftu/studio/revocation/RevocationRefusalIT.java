package cn.szftu.studio.revocation;

import static cn.szftu.studio.revocation.RevocationFixture.*;
import static cn.szftu.studio.revocation.StudioRevocationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input to the revocation forms, through the same API Tasklist and REST use: every problem listed in Chinese with
 * its field, and nothing created or changed (instances, variables, history, tasks, the revocation tables).
 */
class RevocationRefusalIT extends PostgresIntegrationTest {

  private static final List<String> COUNTED = List.of("act_ru_execution", "act_ru_variable", "act_ru_task",
      "act_hi_procinst", "act_hi_varinst", "act_hi_detail", "act_hi_taskinst", "studio_revocation",
      "batch_revocation", "reapplication_ban", "studio_event");

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired StudioRevocationRepository revocations;
  @Autowired Clock clock;

  @Test
  void badStartFormsAndTaskFormsAreRefusedAndChangeNothing() {
    RevocationFixture fixture = new RevocationFixture(engine, indicatorSets, jdbc, registry, studios, applications,
        applicationService);
    Studio studio = fixture.namedStudio();
    Studio revoked = fixture.namedStudio();
    registry.revoke(new RegistryService.Revocation(revoked.getId(), "申报弄虚作假", "测试", "深工发〔2026〕50号",
        LocalDate.now(clock), OFFICE));

    refused(() -> fixture.startByForm(new HashMap<>()))
        .hasMessageContaining("共 3 处")
        .hasMessageContaining("工作室命名编号（namingNumber）：不能为空")
        .hasMessageContaining("撤销事由（revocationGround）：请选择撤销事由")
        .hasMessageContaining("事实与依据（revocationBasis）：不能为空");
    refused(() -> fixture.startByForm(startForm("SZMGCX-1999-999", "CLOSED", "事".repeat(2001))))
        .hasMessageContaining("工作室命名编号（namingNumber）：名录中没有命名编号为“SZMGCX-1999-999”的工作室")
        .hasMessageContaining("撤销事由（revocationGround）：“CLOSED”不是可选的撤销事由")
        .hasMessageContaining("事实与依据（revocationBasis）：不能超过 2000 个字符（现为 2001 个）");
    Map<String, Object> extra = startForm(studio.getNamingNumber(), "FRAUD", BASIS);
    extra.put("status", "REVOKED");
    extra.put(VAR_REVOKED, true);
    refused(() -> fixture.startByForm(extra))
        .hasMessageContaining("status（status）：不是本表单的字段")
        .hasMessageContaining("revoked（revoked）：不是本表单的字段");
    refused(() -> fixture.startByForm(startForm(studio.getNamingNumber(), 3, 42)))
        .hasMessageContaining("“3”不是可选的撤销事由")
        .hasMessageContaining("事实与依据（revocationBasis）：应为文字");
    refused(() -> fixture.startByForm(startForm(revoked.getNamingNumber(), "FRAUD", BASIS)))
        .hasMessageContaining("已被撤销，不能再次撤销");

    // the call contract is checked alike
    refused(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(VAR_STUDIO_ID, "12",
        VAR_GROUND, "FRAUD", VAR_BASIS, BASIS))).hasMessageContaining("工作室（studioId）：应为工作室编号");
    refused(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(VAR_STUDIO_ID, Long.MAX_VALUE,
        VAR_GROUND, "FRAUD", VAR_BASIS, BASIS))).hasMessageContaining("没有编号为 " + Long.MAX_VALUE + " 的工作室");
    refused(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(VAR_STUDIO_ID, studio.getId(),
        VAR_GROUND, "FRAUD", VAR_BASIS, BASIS, FIELD_NAMING_NUMBER, studio.getNamingNumber())))
        .hasMessageContaining("namingNumber（namingNumber）：不是本表单的字段");

    // batches
    refused(() -> startBatch(fixture, Map.of(BatchRevocationProcess.FIELD_BATCH_CODE, "1999",
        BatchRevocationProcess.FIELD_GROUND, "FRAUD", BatchRevocationProcess.FIELD_BASIS, BASIS)))
        .hasMessageContaining("命名批次编号（batchCode）：没有编号为“1999”的命名批次");
    refused(() -> startBatch(fixture, Map.of(BatchRevocationProcess.FIELD_GROUND, "nope")))
        .hasMessageContaining("命名批次编号（batchCode）：不能为空").hasMessageContaining("“nope”不是可选的撤销事由")
        .hasMessageContaining("事实与依据（revocationBasis）：不能为空");

    // only the city office starts revocations
    Map<String, Long> before = counts();
    String definition = definition(KEY);
    Assertions.assertThatThrownBy(() -> fixture.as(UNIT_USER, () -> engine.getFormService().submitStartForm(
        definition, startForm(studio.getNamingNumber(), "FRAUD", BASIS))))
        .isInstanceOf(AuthorizationException.class);
    Assertions.assertThat(counts()).isEqualTo(before);

    // a second revocation of a studio under revocation
    ProcessInstance instance = fixture.startByForm(studio, RevocationGround.LEADER_GONE);
    refused(() -> fixture.startByForm(studio, RevocationGround.FRAUD))
        .hasMessageContaining("工作室命名编号（namingNumber）：工作室“" + studio.getNamingNumber()
            + "”已有撤销程序正在进行");
    refused(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(VAR_STUDIO_ID, studio.getId(),
        VAR_GROUND, "FRAUD", VAR_BASIS, BASIS))).hasMessageContaining("已有撤销程序正在进行");

    // task forms
    String id = instance.getId();
    Task defence = fixture.task(id, SUBMIT_DEFENCE);
    refusedTask(() -> fixture.complete(UNIT_USER, defence, values(FIELD_DEFENCE_CHOICE, "SUBMIT")), defence)
        .hasMessageContaining("申辩意见（defence）：不能为空");
    refusedTask(() -> fixture.complete(UNIT_USER, defence, values(FIELD_DEFENCE_CHOICE, "MAYBE",
        FIELD_DEFENCE, 5)), defence)
        .hasMessageContaining("“MAYBE”不是可选的是否申辩").hasMessageContaining("申辩意见（defence）：应为文字");
    refusedTask(() -> fixture.complete(UNIT_USER, defence, values(FIELD_DEFENCE_CHOICE, "WAIVE",
        VAR_REVOKED, true)), defence).hasMessageContaining("revoked（revoked）：不是本表单的字段");
    // a submission must not point the case's later steps at another studio's case
    refusedTask(() -> fixture.complete(UNIT_USER, defence, values(FIELD_DEFENCE_CHOICE, "WAIVE",
        VAR_REVOCATION_ID, 1L, VAR_STUDIO_ID, revoked.getId(), VAR_DEFENCE_OUTCOME, "SUBMITTED")), defence)
        .hasMessageContaining("revocationId（revocationId）：不是本表单的字段")
        .hasMessageContaining("studioId（studioId）：不是本表单的字段");
    Assertions.assertThat(caseOf(id).getDefenceOutcome()).isNull();

    fixture.waiveDefence(id);
    Task opinion = fixture.task(id, PREPARE_OPINION);
    refusedTask(() -> fixture.complete(OFFICE, opinion, values(FIELD_OPINION, "PROPOSE_REVOCATION")), opinion)
        .hasMessageContaining("理由（opinionReasons）：不能为空");
    fixture.giveOpinion(id, "PROPOSE_REVOCATION", "领衔人已离职，无合格继任者。");

    Task decision = fixture.task(id, LEADERSHIP_DECISION);
    refusedTask(() -> fixture.complete(LEADER, decision, values(FIELD_DECISION, "REVOKE")), decision)
        .hasMessageContaining("共 2 处").hasMessageContaining("撤销决定文号（decisionNumber）：不能为空")
        .hasMessageContaining("决定日期（decisionDate）：不能为空");
    refusedTask(() -> fixture.complete(LEADER, decision,
        revoke("深工发〔2026〕51号", LocalDate.now(clock).plusDays(1).toString())), decision)
        .hasMessageContaining("决定日期（decisionDate）：不能晚于今天");
    refusedTask(() -> fixture.complete(LEADER, decision, revoke("深工发〔2026〕51号", "2026/11/25")), decision)
        .hasMessageContaining("决定日期（decisionDate）：应为日期");
    refusedTask(() -> fixture.complete(LEADER, decision, values(FIELD_DECISION, "NOT_REVOKE")), decision)
        .hasMessageContaining("会议研究意见（decisionReasons）：不能为空");
    refusedTask(() -> fixture.complete(LEADER, decision, values(FIELD_DECISION, "ABOLISH")), decision)
        .hasMessageContaining("“ABOLISH”不是可选的研究决定");
    Assertions.assertThat(studios.findById(studio.getId()).orElseThrow().getStatus()).isEqualTo(StudioStatus.NAMED);
    Assertions.assertThat(caseOf(id).getDecision()).isNull();

    fixture.decide(id, revoke("深工发〔2026〕51号", LocalDate.now(clock).toString()));
    Task plaque = fixture.task(id, RETURN_PLAQUE);
    refusedTask(() -> fixture.complete(UNIT_USER, plaque, values(FIELD_PLAQUE_RETURNED, false)), plaque)
        .hasMessageContaining("已交回标牌和证书（plaqueReturned）：交回标牌和证书后请勾选确认");
    fixture.returnPlaque(plaque);
    Task receipt = fixture.task(id, CONFIRM_PLAQUE_RETURNED);
    refusedTask(() -> fixture.complete(OFFICE, receipt, values(FIELD_PLAQUE_RECEIVED, "yes",
        FIELD_NOTE, "x".repeat(501))), receipt)
        .hasMessageContaining("已收回标牌和证书（plaqueReceived）：应为勾选项")
        .hasMessageContaining("收回说明（note）：不能超过 500 个字符");
    fixture.confirmPlaque(receipt);
    assertThat(instance).isEnded().hasPassed(END_REVOKED);
  }

  /** Refused with an InvalidSubmissionException, and every counted table as before. */
  private AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable action) {
    return refused(action, InvalidSubmissionException.class, "提交未成功");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable action,
      Class<? extends Throwable> type, String prefix) {
    Map<String, Long> before = counts();
    AbstractThrowableAssert<?, ? extends Throwable> refusal = Assertions.assertThatThrownBy(action)
        .isInstanceOf(type).hasMessageContaining(prefix);
    Assertions.assertThat(counts()).as("nothing created or changed").isEqualTo(before);
    return refusal;
  }

  /**
   * As {@link #refused} (the engine wraps a task listener's refusal; the web layer unwraps the sentence, see
   * SubmissionRefusalFilter), and the task is still open with its assignee.
   */
  private AbstractThrowableAssert<?, ? extends Throwable> refusedTask(ThrowingCallable action, Task task) {
    AbstractThrowableAssert<?, ? extends Throwable> refusal = refused(action, ProcessEngineException.class,
        "提交未成功");
    Task after = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    Assertions.assertThat(after).as("task still open").isNotNull();
    Assertions.assertThat(after.getAssignee()).isEqualTo(task.getAssignee());
    return refusal;
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : COUNTED) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("studio_revocation.progress", jdbc.queryForObject(
        "select count(*) from studio_revocation where decision is not null or defence_outcome is not null "
            + "or opinion is not null or plaque_returned_at is not null or plaque_received_at is not null",
        Long.class));
    counts.put("studio.revoked", jdbc.queryForObject("select count(*) from studio where status = 'REVOKED'",
        Long.class));
    return counts;
  }

  private ProcessInstance startBatch(RevocationFixture fixture, Map<String, Object> values) {
    return fixture.as(OFFICE, () -> engine.getFormService().submitStartForm(
        definition(BatchRevocationProcess.KEY), new HashMap<>(values)));
  }

  private String definition(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  private StudioRevocation caseOf(String processInstanceId) {
    Long id = (Long) engine.getRuntimeService().getVariable(processInstanceId, VAR_REVOCATION_ID);
    return revocations.findById(id).orElseThrow();
  }
}

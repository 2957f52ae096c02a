package cn.szftu.studio.change;

import static cn.szftu.studio.change.ChangeFixture.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioVersion;
import cn.szftu.studio.registry.StudioVersionRepository;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of studio-change, driven through the forms as Tasklist does: each change type approved and refused at
 * each step, return for correction, the studio revoked while a change is under review. An approved change becomes
 * the studio's next version in the registry (with its public history); a refused one leaves the studio as it was.
 *
 * <p>Tests that keep the studio in applicant1's unit share one named studio (naming one takes ~10 s); a test that
 * moves or revokes its studio names its own.
 */
class StudioChangeProcessIT extends PostgresIntegrationTest {

  private static Studio shared;

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
  private StudioChangeDecisionRepository decisions;
  @Autowired
  private StudioVersionRepository versions;
  @Autowired
  private StudioEventRepository events;
  @Autowired
  private Clock clock;

  private ChangeFixture fixture;

  @BeforeEach
  void prepare() {
    BpmnAwareTests.init(engine);
    fixture = new ChangeFixture(engine, indicatorSets, jdbc, registry, studios, applications, applicationService);
  }

  @AfterEach
  void releaseSharedStudio() {
    engine.getIdentityService().clearAuthentication();
    if (shared != null) {
      // A failed test must not leave the shared studio with an open change that blocks the next one.
      for (StudioChange open : changes.findByStudioIdAndStatusIn(shared.getId(), ChangeStatus.OPEN)) {
        if (engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(open.getProcessInstanceId()).count() > 0) {
          engine.getRuntimeService().deleteProcessInstance(open.getProcessInstanceId(), "test clean-up");
        }
        jdbc.update("update studio_change set status = 'WITHDRAWN' where id = ?", open.getId());
      }
    }
  }

  private Studio shared() {
    if (shared == null) {
      shared = fixture.namedStudio();
    }
    return studios.findById(shared.getId()).orElseThrow();
  }

  @Test
  void leaderChangeApprovedByUnionOfficeAndLeadershipBecomesTheStudiosNextVersion() throws Exception {
    Studio studio = shared();
    StudioVersion.Particulars before = studio.particulars();
    String newName = freshName("李明");

    ProcessInstance instance = fixture.start(APPLICANT, leaderChange(studio, "李明", newName));

    assertThat(instance).isWaitingAt(StudioChangeProcess.UNION_REVIEW);
    Assertions.assertThat(instance.getBusinessKey()).isEqualTo(studio.getNamingNumber());
    Task union = fixture.task(instance);
    assertThat(union).hasCandidateGroup("union-" + UNION);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(union.getId());
    Assertions.assertThat(shown).containsEntry("namingNumber", studio.getNamingNumber())
        .containsEntry("studioName", before.studioName()).containsEntry("leaderName", before.leaderName())
        .containsEntry("hostUnitName", before.hostUnitName()).containsEntry("unionName", "大鹏新区总工会")
        .containsEntry("changeTypeLabel", "负责人变更");
    Assertions.assertThat((String) shown.get("requestedChange")).contains("领衔人：" + before.leaderName() + " → 李明",
        "工作室名称：" + before.studioName() + " → " + newName, "劳动模范/先进工作者（市级，2021 年）：深圳市劳动模范",
        "高级技师");
    Assertions.assertThat((String) shown.get("reviewHistory")).contains("提交变更申请：提交申请", APPLICANT);
    // the process keeps ids and routing, not the form's values
    Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
        .allMatch(StudioChangeProcess.PROCESS_VARIABLES::contains);
    StudioChange change = changeOf(instance);
    Assertions.assertThat(change.getStatus()).isEqualTo(ChangeStatus.UNION_REVIEW);

    fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    assertThat(instance).isWaitingAt(StudioChangeProcess.OFFICE_APPROVAL);
    assertThat(fixture.task(instance)).hasCandidateGroup("city-office");
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.OFFICE_REVIEW);
    Assertions.assertThat(studios.findById(studio.getId()).orElseThrow().particulars()).isEqualTo(before);

    fixture.decide(instance, OFFICE, "APPROVE", "材料齐全，同意报主席会议");
    assertThat(instance).isWaitingAt(StudioChangeProcess.LEADERSHIP_APPROVAL);
    assertThat(fixture.task(instance)).hasCandidateGroup("city-leadership");
    Assertions.assertThat(studios.findById(studio.getId()).orElseThrow().particulars()).isEqualTo(before);

    fixture.decide(instance, LEADERSHIP, "APPROVE", null);

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.APPLY_CHANGE, StudioChangeProcess.END_APPLIED,
        StudioChangeProcess.END_CLOSED);
    Studio after = studios.findById(studio.getId()).orElseThrow();
    Assertions.assertThat(after.particulars()).isEqualTo(new StudioVersion.Particulars(newName, "李明",
        before.hostUnitCode(), before.hostUnitName()));
    List<StudioVersion> history = versions.findByStudioIdOrderByVersionNoAsc(studio.getId());
    StudioVersion current = history.get(history.size() - 1);
    StudioVersion previous = history.get(history.size() - 2);
    Assertions.assertThat(current.particulars()).isEqualTo(after.particulars());
    Assertions.assertThat(previous.particulars()).isEqualTo(before);
    Assertions.assertThat(current.getVersionNo()).isEqualTo(previous.getVersionNo() + 1);
    Assertions.assertThat(current.getRequestedBy()).isEqualTo(APPLICANT);
    Assertions.assertThat(current.getDecidedBy()).isEqualTo(LEADERSHIP);
    Assertions.assertThat(current.getDecision()).startsWith("市总工会主席会议批准变更（2026年");
    Assertions.assertThat(current.getChangeId()).isEqualTo(change.getId());
    StudioEvent changed = lastEvent(studio);
    Assertions.assertThat(changed.getKind()).isEqualTo(StudioEventKind.CHANGED);
    Assertions.assertThat(changed.getDescription()).isEqualTo("负责人变更：领衔人由“" + before.leaderName()
        + "”变更为“李明”；工作室名称由“" + before.studioName() + "”变更为“" + newName + "”。");
    Assertions.assertThat(changed.getDecision()).isEqualTo(current.getDecision());

    StudioChange closed = changeOf(instance);
    Assertions.assertThat(closed.getStatus()).isEqualTo(ChangeStatus.APPROVED);
    Assertions.assertThat(closed.getVersionId()).isEqualTo(current.getId());
    Assertions.assertThat(closed.getClosedAt()).isNotNull();
    Assertions.assertThat(decisions.findByChangeIdOrderByDecidedAtAscIdAsc(change.getId()))
        .extracting(d -> d.getStep() + ":" + d.getOutcome() + ":" + d.getActorUserId())
        .containsExactly("REQUEST:SUBMITTED:" + APPLICANT, "UNION_REVIEW:APPROVE:" + fixture.unionReviewer(),
            "OFFICE_APPROVAL:APPROVE:" + OFFICE, "LEADERSHIP_APPROVAL:APPROVE:" + LEADERSHIP,
            "REGISTRATION:APPLIED:null");

    // the public registry shows the new particulars, the change in the history and every version as it was
    String page = publicPage(studio);
    Assertions.assertThat(page).contains(newName, "李明", "负责人变更", "历次登记信息", "第 " + current.getVersionNo()
        + " 版", "（现行）", "第 " + previous.getVersionNo() + " 版", before.studioName(), before.leaderName());
  }

  @ParameterizedTest(name = "refused at {0}")
  @ValueSource(strings = {"UNION", "OFFICE", "LEADERSHIP"})
  void aRefusedLeaderChangeLeavesTheStudioUntouchedAndKeepsTheReasons(String refusedAt) {
    Studio studio = shared();
    Snapshot before = snapshot(studio);
    ProcessInstance instance = fixture.start(APPLICANT, leaderChange(studio, "赵强", freshName("赵强")));
    String reasons = "新领衔人荣誉证明材料不足（" + refusedAt + "）";

    String end;
    if (refusedAt.equals("UNION")) {
      fixture.decide(instance, fixture.unionReviewer(), "REFUSE", reasons);
      end = StudioChangeProcess.END_REFUSED_BY_UNION;
    } else {
      fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
      if (refusedAt.equals("OFFICE")) {
        fixture.decide(instance, OFFICE, "REFUSE", reasons);
        end = StudioChangeProcess.END_REFUSED_BY_OFFICE;
      } else {
        fixture.decide(instance, OFFICE, "APPROVE", null);
        fixture.decide(instance, LEADERSHIP, "REFUSE", reasons);
        end = StudioChangeProcess.END_REFUSED_BY_LEADERSHIP;
      }
    }

    assertThat(instance).isEnded().hasPassed(end, StudioChangeProcess.END_CLOSED)
        .hasNotPassed(StudioChangeProcess.APPLY_CHANGE);
    Assertions.assertThat(snapshot(studio)).isEqualTo(before);
    StudioChange change = changeOf(instance);
    Assertions.assertThat(change.getStatus()).isEqualTo(ChangeStatus.REFUSED);
    Assertions.assertThat(change.getOutcomeReasons()).contains(reasons).contains(refusedAt.equals("UNION") ? "不同意"
        : "不批准");
    Assertions.assertThat(change.getClosedAt()).isNotNull();
    Assertions.assertThat(change.getVersionId()).isNull();
  }

  @Test
  void nameChangeIsApprovedByTheCityOfficeWithoutTheLeadership() {
    Studio studio = shared();
    StudioVersion.Particulars before = studio.particulars();
    String newName = freshName("南山精工");
    int eventsBefore = events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId()).size();

    ProcessInstance instance = fixture.start(APPLICANT, nameChange(studio, newName));
    fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    fixture.decide(instance, OFFICE, "APPROVE", null);

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.END_APPLIED)
        .hasNotPassed(StudioChangeProcess.LEADERSHIP_APPROVAL);
    Studio after = studios.findById(studio.getId()).orElseThrow();
    Assertions.assertThat(after.particulars()).isEqualTo(new StudioVersion.Particulars(newName, before.leaderName(),
        before.hostUnitCode(), before.hostUnitName()));
    Assertions.assertThat(events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId())).hasSize(eventsBefore + 1);
    Assertions.assertThat(lastEvent(studio).getDescription())
        .isEqualTo("名称变更：工作室名称由“" + before.studioName() + "”变更为“" + newName + "”。");
    StudioVersion current = last(versions.findByStudioIdOrderByVersionNoAsc(studio.getId()));
    Assertions.assertThat(current.getDecidedBy()).isEqualTo(OFFICE);
    Assertions.assertThat(current.getDecision()).startsWith("市总工会批准变更（");
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.APPROVED);
  }

  @ParameterizedTest(name = "refused at {0}")
  @ValueSource(strings = {"UNION", "OFFICE"})
  void aRefusedNameChangeLeavesTheStudioUntouched(String refusedAt) {
    Studio studio = shared();
    Snapshot before = snapshot(studio);
    ProcessInstance instance = fixture.start(APPLICANT, nameChange(studio, freshName("新名称")));

    if (refusedAt.equals("OFFICE")) {
      fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    }
    fixture.decide(instance, refusedAt.equals("UNION") ? fixture.unionReviewer() : OFFICE, "REFUSE", "名称不规范");

    assertThat(instance).isEnded().hasNotPassed(StudioChangeProcess.APPLY_CHANGE);
    Assertions.assertThat(snapshot(studio)).isEqualTo(before);
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.REFUSED);
    Assertions.assertThat(changeOf(instance).getOutcomeReasons()).contains("名称不规范");
  }

  @Test
  void hostUnitChangeWithinShenzhenMovesTheStudioToTheRegisteredUnit() {
    Studio studio = fixture.namedStudio();
    StudioVersion.Particulars before = studio.particulars();

    ProcessInstance instance = fixture.start(APPLICANT, hostUnitChange(studio, "YES", CHIP_TEST_CREDIT_CODE,
        CHIP_TEST_NAME));
    Assertions.assertThat((String) engine.getTaskService().getVariablesLocal(fixture.task(instance).getId())
        .get("requestedChange")).contains("依托单位：" + before.hostUnitName() + " → " + CHIP_TEST_NAME,
        "变更后是否仍在深圳市内：是");
    fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    assertThat(instance).isWaitingAt(StudioChangeProcess.OFFICE_APPROVAL);
    fixture.decide(instance, OFFICE, "APPROVE", null);

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.END_APPLIED)
        .hasNotPassed(StudioChangeProcess.LEADERSHIP_APPROVAL, StudioChangeProcess.CONFIRM_MOVE_OUT);
    Studio after = studios.findById(studio.getId()).orElseThrow();
    Assertions.assertThat(after.particulars()).isEqualTo(new StudioVersion.Particulars(before.studioName(),
        before.leaderName(), "ns-chip-test", CHIP_TEST_NAME));
    Assertions.assertThat(after.getUnionCode()).isEqualTo(studio.getUnionCode());
    Assertions.assertThat(lastEvent(studio).getDescription()).isEqualTo("依托单位变更：依托单位由“"
        + before.hostUnitName() + "”变更为“" + CHIP_TEST_NAME + "”。");
    Assertions.assertThat(versions.findByStudioIdOrderByVersionNoAsc(studio.getId()))
        .extracting(StudioVersion::getVersionNo, StudioVersion::getHostUnitCode)
        .containsExactly(Assertions.tuple(1, before.hostUnitCode()), Assertions.tuple(2, "ns-chip-test"));

    // the studio now belongs to its new unit: applicant1's unit can no longer ask for its changes
    Assertions.assertThatThrownBy(() -> fixture.start(APPLICANT, nameChange(after, freshName("芯测"))))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不是您所在的单位");
  }

  @ParameterizedTest(name = "refused at {0}")
  @ValueSource(strings = {"UNION", "OFFICE"})
  void aRefusedHostUnitChangeLeavesTheStudioWhereItWas(String refusedAt) {
    Studio studio = shared();
    Snapshot before = snapshot(studio);
    ProcessInstance instance = fixture.start(APPLICANT, hostUnitChange(studio, "YES", CHIP_TEST_CREDIT_CODE,
        CHIP_TEST_NAME));

    if (refusedAt.equals("OFFICE")) {
      fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    }
    fixture.decide(instance, refusedAt.equals("UNION") ? fixture.unionReviewer() : OFFICE, "REFUSE", "划转手续未完成");

    assertThat(instance).isEnded().hasNotPassed(StudioChangeProcess.APPLY_CHANGE);
    Assertions.assertThat(snapshot(studio)).isEqualTo(before);
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.REFUSED);
  }

  @Test
  void aMoveOutOfShenzhenThatTheCityOfficeDoesNotConfirmLeavesTheStudioAsItWas() {
    Studio studio = shared();
    Snapshot before = snapshot(studio);
    ProcessInstance instance = fixture.start(APPLICANT, hostUnitChange(studio, "NO", null, "东莞市某精工有限公司"));
    fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);

    assertThat(instance).isWaitingAt(StudioChangeProcess.CONFIRM_MOVE_OUT);
    assertThat(fixture.task(instance)).hasCandidateGroup("city-office");
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.MOVE_OUT_CONFIRMATION);
    fixture.decide(instance, OFFICE, "REFUSE", "经核实单位仍在深圳经营");

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.END_MOVE_OUT_REFUSED)
        .hasNotPassed(StudioChangeProcess.CALL_REVOCATION, StudioChangeProcess.OFFICE_APPROVAL);
    Assertions.assertThat(snapshot(studio)).isEqualTo(before);
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.REFUSED);
    Assertions.assertThat(changeOf(instance).getOutcomeReasons()).contains("不予确认", "经核实单位仍在深圳经营");
  }

  @Test
  void aReturnedRequestIsCorrectedByTheApplicantAndReviewedAgain() {
    Studio studio = shared();
    StudioVersion.Particulars before = studio.particulars();
    ProcessInstance instance = fixture.start(APPLICANT, nameChange(studio, freshName("初稿")));
    fixture.decide(instance, fixture.unionReviewer(), "RETURN", "请写明名称变更所依据的单位文件");

    assertThat(instance).isWaitingAt(StudioChangeProcess.CORRECT_CHANGE);
    Task correction = fixture.task(instance);
    assertThat(correction).isAssignedTo(APPLICANT).hasCandidateGroupAssociated("unit-ns-precision");
    Map<String, Object> prefilled = engine.getTaskService().getVariablesLocal(correction.getId());
    Assertions.assertThat(prefilled).containsEntry("correctionReasons", "请写明名称变更所依据的单位文件")
        .containsEntry("namingNumber", studio.getNamingNumber()).containsEntry("changeType", "NAME");
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.CORRECTION);

    // the applicant turns it into a leader change: the name field keeps its value, the leader's are added
    String corrected = freshName("钱工");
    Map<String, Object> resubmit = leaderChange(studio, "钱工", corrected);
    resubmit.put("correctionChoice", "RESUBMIT");
    resubmit.put("changeReasons", "依据单位〔2026〕8 号文件，原领衔人调任");
    fixture.complete(APPLICANT, correction, resubmit);

    assertThat(instance).isWaitingAt(StudioChangeProcess.UNION_REVIEW);
    Assertions.assertThat((String) engine.getTaskService().getVariablesLocal(fixture.task(instance).getId())
        .get("reviewHistory")).contains("退回补正。请写明名称变更所依据的单位文件", "申请人补正：补正后重新提交");
    StudioChange change = changeOf(instance);
    Assertions.assertThat(change.getType()).isEqualTo(ChangeType.LEADER);
    Assertions.assertThat(change.getNewLeaderName()).isEqualTo("钱工");
    Assertions.assertThat(change.getReasons()).startsWith("依据单位");
    fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    fixture.decide(instance, OFFICE, "APPROVE", null);
    // a leader change now: the decision body approves as well
    assertThat(instance).isWaitingAt(StudioChangeProcess.LEADERSHIP_APPROVAL);
    fixture.decide(instance, LEADERSHIP, "APPROVE", null);

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.END_APPLIED);
    Assertions.assertThat(studios.findById(studio.getId()).orElseThrow().particulars())
        .isEqualTo(new StudioVersion.Particulars(corrected, "钱工", before.hostUnitCode(), before.hostUnitName()));
  }

  @Test
  void aReturnedRequestCanBeWithdrawn() {
    Studio studio = shared();
    Snapshot before = snapshot(studio);
    ProcessInstance instance = fixture.start(APPLICANT, nameChange(studio, freshName("撤回")));
    fixture.decide(instance, fixture.unionReviewer(), "RETURN", "请补充说明");

    fixture.complete(APPLICANT, fixture.task(instance), Map.of("correctionChoice", "WITHDRAW"));

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.END_WITHDRAWN, StudioChangeProcess.END_CLOSED);
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
    Assertions.assertThat(snapshot(studio)).isEqualTo(before);
    // the studio is free for a new request
    ProcessInstance next = fixture.start(APPLICANT, nameChange(studio, freshName("再次")));
    assertThat(next).isWaitingAt(StudioChangeProcess.UNION_REVIEW);
    fixture.decide(next, fixture.unionReviewer(), "REFUSE", "测试结束");
  }

  @Test
  void aStudioRevokedWhileItsChangeIsUnderReviewEndsTheChange() {
    Studio studio = fixture.namedStudio();
    Snapshot before = snapshot(studio);
    ProcessInstance instance = fixture.start(APPLICANT, nameChange(studio, freshName("撤销前")));
    fixture.decide(instance, fixture.unionReviewer(), "APPROVE", null);
    assertThat(instance).isWaitingAt(StudioChangeProcess.OFFICE_APPROVAL);

    // as the revocation process does once it has written the registry (CONTRACTS)
    jdbc.update("update studio set status = 'REVOKED', updated_at = ?, version = version + 1 where id = ?",
        Timestamp.from(clock.instant()), studio.getId());
    engine.getRuntimeService().createMessageCorrelation(StudioChangeProcess.MESSAGE_STUDIO_REVOKED)
        .processInstanceBusinessKey(studio.getNamingNumber()).correlateAll();

    assertThat(instance).isEnded().hasPassed(StudioChangeProcess.STUDIO_REVOKED_START,
        StudioChangeProcess.END_STUDIO_REVOKED, StudioChangeProcess.END_ENDED_BY_REVOCATION)
        .hasNotPassed(StudioChangeProcess.APPLY_CHANGE);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count())
        .isZero();
    Assertions.assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.ENDED_BY_REVOCATION);
    Assertions.assertThat(snapshot(studio).particulars()).isEqualTo(before.particulars());
    Assertions.assertThat(snapshot(studio).versions()).isEqualTo(before.versions());
  }

  private StudioChange changeOf(ProcessInstance instance) {
    Long id = jdbc.queryForObject("select id from studio_change where process_instance_id = ?", Long.class,
        instance.getId());
    return changes.findById(id).orElseThrow();
  }

  private StudioEvent lastEvent(Studio studio) {
    return last(events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId()));
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private record Snapshot(StudioVersion.Particulars particulars, String status, int versions, int events) {
  }

  private Snapshot snapshot(Studio studio) {
    Studio now = studios.findById(studio.getId()).orElseThrow();
    return new Snapshot(now.particulars(), now.getStatus().name(),
        versions.findByStudioIdOrderByVersionNoAsc(studio.getId()).size(),
        events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId()).size());
  }

  private String publicPage(Studio studio) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(baseUrl() + "/public/registry/" + studio.getNamingNumber())).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}

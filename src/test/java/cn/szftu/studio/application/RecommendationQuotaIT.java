package cn.szftu.studio.application;

import static cn.szftu.studio.application.ApplicationProcess.*;
import static cn.szftu.studio.application.ApplicationProcessFixture.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.szftu.studio.batch.BatchQuota;
import cn.szftu.studio.batch.BatchQuotaRepository;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A union recommends at most its quota per batch (default-quota 3 in batch 2026). 宝安区总工会 (baoan) belongs to these
 * tests alone: no other test may recommend through it. The tests fill its places up to the quota first, so they do
 * not depend on their order.
 */
class RecommendationQuotaIT extends ApplicationProcessTestBase {

  private static final String UNION = "baoan";
  private static final String BATCH = "2026";

  @Autowired
  private BatchQuotaRepository quotas;
  @Autowired
  private ApplicationWithdrawal withdrawal;

  private String reviewer;

  @BeforeEach
  void setUpReviewer() {
    reviewer = cases.unionReviewer(UNION);
  }

  @Test
  void recommendingBeyondTheQuotaIsRefusedAndChangesNothing() {
    Assertions.assertThat(quota()).isEqualTo(3);
    fillPlaces();
    ProcessInstance fourth = cases.startAsApplicant(validForm(UNION));
    Task task = task(fourth);
    assertThat(task).hasCandidateGroup("union-baoan");

    assertRefused(() -> cases.decide(reviewer, fourth, "RECOMMEND", null))
        .hasMessageContaining("审核意见（decision）")
        .hasMessageContaining("推荐名额已满")
        .hasMessageContaining("宝安区总工会")
        .hasMessageContaining("推荐名额为 3 个，已推荐 3 个");

    assertThat(fourth).isWaitingAt(RECOMMEND).hasNotPassed(RECOMMEND);
    Assertions.assertThat(task(fourth).getId()).isEqualTo(task.getId());
    Application application = cases.application(fourth);
    Assertions.assertThat(application.isRecommended()).isFalse();
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    Assertions.assertThat(cases.decisions(fourth))
        .noneMatch(d -> d.getStep() == DecisionStep.RECOMMENDATION);
    Assertions.assertThat(placesTaken()).isEqualTo(3);

    // the union may still return or refuse it
    cases.decide(reviewer, fourth, "REFUSE", "本批次推荐名额已用完");
    assertThat(fourth).isEnded().hasPassed(END_NOT_RECOMMENDED);
    Assertions.assertThat(placesTaken()).isEqualTo(3);
  }

  @Test
  void withdrawnApplicationGivesItsPlaceBack() {
    fillPlaces();
    ProcessInstance waiting = cases.startAsApplicant(validForm(UNION));
    assertRefused(() -> cases.decide(reviewer, waiting, "RECOMMEND", null)).hasMessageContaining("推荐名额已满");

    // one of the recommended applications, still before expert evaluation, is withdrawn by its applicant
    Application holder = applications.findAll().stream()
        .filter(a -> UNION.equals(a.getUnionCode()) && a.isRecommended() && a.getStatus().isWithdrawable())
        .findFirst().orElseThrow();
    withdrawal.withdraw(holder.getNumber(), APPLICANT, "改为下一批次申报");
    Assertions.assertThat(placesTaken()).isEqualTo(2);

    cases.decide(reviewer, waiting, "RECOMMEND", null);

    assertThat(waiting).isWaitingAt(INITIAL_REVIEW);
    Assertions.assertThat(cases.application(waiting).isRecommended()).isTrue();
    Assertions.assertThat(placesTaken()).isEqualTo(3);
  }

  @Test
  void twoReviewersCannotBothTakeTheLastPlace() throws Exception {
    takePlaces(quota() - 1);
    ProcessInstance first = cases.startAsApplicant(validForm(UNION));
    ProcessInstance second = cases.startAsApplicant(validForm(UNION));
    String otherReviewer = cases.unionReviewer(UNION);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      Future<Throwable> a = threads.submit(() -> recommendTogether(together, reviewer, first));
      Future<Throwable> b = threads.submit(() -> recommendTogether(together, otherReviewer, second));
      List<Throwable> outcomes = Arrays.asList(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

      Assertions.assertThat(outcomes).filteredOn(Objects::isNull).as("exactly one recommendation succeeds").hasSize(1);
      Assertions.assertThat(outcomes).filteredOn(Objects::nonNull).singleElement()
          .satisfies(t -> Assertions.assertThat(t).hasMessageContaining("推荐名额已满"));
    } finally {
      threads.shutdownNow();
    }
    Assertions.assertThat(placesTaken()).isEqualTo(quota());
    Assertions.assertThat(List.of(first, second)).filteredOn(p -> cases.application(p).isRecommended()).hasSize(1);
  }

  private Throwable recommendTogether(CyclicBarrier together, String user, ProcessInstance instance) {
    try {
      together.await(30, TimeUnit.SECONDS);
      cases.decide(user, instance, "RECOMMEND", null);
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  /** Recommends new baoan applications until the union has used its whole quota; they wait at initial review. */
  private void fillPlaces() {
    takePlaces(quota());
  }

  /** Brings the places taken to exactly {@code target}: recommends new applications or withdraws recommended ones. */
  private void takePlaces(int target) {
    while (placesTaken() < target) {
      ProcessInstance instance = cases.recommended(UNION, reviewer);
      assertThat(instance).isWaitingAt(INITIAL_REVIEW);
    }
    while (placesTaken() > target) {
      Application holder = applications.findAll().stream()
          .filter(a -> UNION.equals(a.getUnionCode()) && a.isRecommended() && a.getStatus().isWithdrawable())
          .findFirst().orElseThrow();
      withdrawal.withdraw(holder.getNumber(), APPLICANT, "为测试腾出名额");
    }
  }

  private int quota() {
    return quotas.findById(new BatchQuota.Key(BATCH, UNION)).orElseThrow().getQuota();
  }

  private long placesTaken() {
    return applications.countByBatchCodeAndUnionCodeAndRecommendedTrueAndStatusNotIn(BATCH, UNION,
        EnumSet.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.LAPSED));
  }
}

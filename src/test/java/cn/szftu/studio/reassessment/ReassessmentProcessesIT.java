package cn.szftu.studio.reassessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every standing studio has exactly one re-assessment process: the start-up synchroniser starts the missing ones and
 * nothing else, however often it runs, skips revoked studios, and two starters at the same moment start one.
 */
class ReassessmentProcessesIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired ReassessmentProcesses processes;

  @Test
  void theSynchroniserStartsTheMissingProcessesOnceAndLeavesRevokedStudiosAlone() {
    NamedStudioFixture naming = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studios, applications,
        applicationService);
    Studio lost = naming.named("dapeng");
    Studio revoked = naming.named("shenshan");
    delete(instances(lost));
    delete(instances(revoked));
    jdbc.update("update studio set status = 'REVOKED', version = version + 1 where id = ?", revoked.getId());

    assertThat(processes.startMissing()).isGreaterThanOrEqualTo(1);
    List<ProcessInstance> restarted = instances(lost);
    assertThat(restarted).hasSize(1);
    assertThat(engine.getRuntimeService().getVariable(restarted.get(0).getId(),
        StudioReassessmentProcess.VAR_REVIEW_DUE_AT)).isEqualTo(Date.from(ReassessmentFixture.FIRST_DUE));
    assertThat(instances(revoked)).isEmpty();

    assertThat(processes.startMissing()).isZero();
    assertThat(instances(lost)).extracting(ProcessInstance::getId).containsExactly(restarted.get(0).getId());
    assertThat(processes.startIfMissing(lost.getId())).isFalse();
    assertThat(instances(revoked)).isEmpty();
  }

  @Test
  void twoStartersAtTheSameMomentStartOneProcess() throws Exception {
    Studio studio = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studios, applications,
        applicationService).named("direct");
    delete(instances(studio));

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> starts = List.of(
          pool.submit(() -> {
            go.await();
            return processes.startIfMissing(studio.getId());
          }),
          pool.submit(() -> {
            go.await();
            return processes.startIfMissing(studio.getId());
          }));
      go.countDown();
      assertThat(List.of(starts.get(0).get(30, TimeUnit.SECONDS), starts.get(1).get(30, TimeUnit.SECONDS)))
          .containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdownNow();
    }
    assertThat(instances(studio)).hasSize(1);
  }

  private List<ProcessInstance> instances(Studio studio) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(StudioReassessmentProcess.KEY).processInstanceBusinessKey(studio.getNamingNumber())
        .list();
  }

  private void delete(List<ProcessInstance> instances) {
    assertThat(instances).hasSize(1);
    instances.forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "lost, for the test"));
  }
}

package cn.szftu.studio.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fixture later processes build on leaves a studio as naming does: registered, application ended as named. */
class NamedStudioFixtureIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired StudioEventRepository events;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;

  @Test
  void namesAStudioAndEndsItsApplication() {
    var fixture = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studios, applications,
        applicationService);
    Studio first = fixture.named("dapeng");
    Studio second = fixture.named("shenshan");

    assertThat(first.getStatus()).isEqualTo(StudioStatus.NAMED);
    assertThat(first.getNamingNumber()).isNotEqualTo(second.getNamingNumber()).startsWith("SZMGCX-2026-");
    assertThat(applications.findById(first.getApplicationId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.NAMED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(applications.findById(first.getApplicationId()).orElseThrow().getNumber())
        .count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from studio_event where studio_id = ? and kind = 'NAMED'",
        Integer.class, first.getId())).isEqualTo(1);
  }
}

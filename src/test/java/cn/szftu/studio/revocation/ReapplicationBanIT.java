package cn.szftu.studio.revocation;

import static cn.szftu.studio.revocation.RevocationFixture.*;
import static cn.szftu.studio.revocation.StudioRevocationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.eligibility.EligibilityCheck;
import cn.szftu.studio.eligibility.ReapplicationBan;
import cn.szftu.studio.eligibility.ReapplicationBanRepository;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.ValidApplicationForm;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A revocation's ban is honoured by the eligibility check of new applications: applicant1's unit, whose studio was
 * revoked for fraud, is refused with the ban's last day in the message until the ban ends, and not after.
 */
class ReapplicationBanIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studios;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired StudioRevocationRepository revocations;
  @Autowired ReapplicationBanRepository bans;
  @Autowired EligibilityCheck eligibility;
  @Autowired Clock clock;

  @Test
  void aRevokedStudiosUnitIsRefusedUntilTheBanEnds() {
    RevocationFixture fixture = new RevocationFixture(engine, indicatorSets, jdbc, registry, studios, applications,
        applicationService);
    Studio studio = fixture.namedStudio();
    LocalDate today = LocalDate.now(clock);
    ProcessInstance application = null;
    try {
      ProcessInstance revocation = fixture.startByForm(studio, RevocationGround.FRAUD);
      fixture.waiveDefence(revocation.getId());
      fixture.giveOpinion(revocation.getId(), "PROPOSE_REVOCATION", "弄虚作假属实。");
      fixture.decide(revocation.getId(), revoke("深工发〔2026〕34号", today.toString()));
      Long revocationId = (Long) engine.getRuntimeService().getVariable(revocation.getId(), VAR_REVOCATION_ID);
      ReapplicationBan ban = bans.findById(revocations.findById(revocationId).orElseThrow().getBanId()).orElseThrow();
      LocalDate lastDay = ban.getBannedUntil();
      Assertions.assertThat(lastDay).isEqualTo(today.plusYears(5).minusDays(1));

      // applicant1 applies again: the eligibility check sends the application back with the ban and its last day
      Map<String, Object> form = ValidApplicationForm.of();
      form.put("recommendingUnion", "dapeng");
      application = fixture.as(UNIT_USER,
          () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form));
      assertThat(application).isWaitingAt(ApplicationProcess.CORRECT_APPLICATION);
      Assertions.assertThat((String) engine.getRuntimeService().getVariable(application.getId(),
          ApplicationProcess.VAR_CORRECTION_REASONS))
          .contains("申报单位或领衔人处于限制申报期内（至 " + lastDay + " 止），期满前不得申报");

      // the same facts on the ban's last day and on the day after
      Application stored = applications.findByNumber(application.getBusinessKey()).orElseThrow();
      ApplicationContent content = applicationService.content(stored);
      Assertions.assertThat(eligibility.failures(content, stored.getHostUnitCode(), lastDay, true))
          .anySatisfy(f -> Assertions.assertThat(f).contains("至 " + lastDay + " 止"));
      Assertions.assertThat(eligibility.failures(content, stored.getHostUnitCode(), lastDay.plusDays(1), true))
          .isEmpty();

      // a ban in the past no longer counts, today either
      fixture.liftBansOf(studio.getId());
      Assertions.assertThat(eligibility.failures(content, stored.getHostUnitCode(), today, true)).isEmpty();
    } finally {
      fixture.liftBansOf(studio.getId());
      if (application != null) {
        String id = application.getId();
        fixture.complete(UNIT_USER, fixture.task(id, ApplicationProcess.CORRECT_APPLICATION),
            RevocationFixture.values("correctionChoice", "WITHDRAW"));
      }
    }
  }
}

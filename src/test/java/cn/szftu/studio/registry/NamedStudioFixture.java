package cn.szftu.studio.registry;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.ProcessEnds;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A named studio the way users get one, without a whole naming batch: an application of applicant1's unit
 * (统一社会信用代码 of ValidApplicationForm) recommended by the union, passed, scored by its panel, entered in the
 * registry and ended as 已命名. Each call names a new studio with a fresh naming number.
 */
public final class NamedStudioFixture {

  public static final String DECISION_NUMBER = "深工发〔2026〕99号";

  private final ProcessEngine engine;
  private final EvaluationFixture evaluation;
  private final IndicatorSets indicatorSets;
  private final RegistryService registry;
  private final StudioRepository studios;
  private final ApplicationRepository applications;
  private final ApplicationService applicationService;
  private final JdbcTemplate jdbc;

  public NamedStudioFixture(ProcessEngine engine, IndicatorSets indicatorSets, JdbcTemplate jdbc,
      RegistryService registry, StudioRepository studios, ApplicationRepository applications,
      ApplicationService applicationService) {
    this.engine = engine;
    this.evaluation = new EvaluationFixture(engine, indicatorSets, jdbc);
    this.indicatorSets = indicatorSets;
    this.registry = registry;
    this.studios = studios;
    this.applications = applications;
    this.applicationService = applicationService;
    this.jdbc = jdbc;
  }

  public EvaluationFixture evaluation() {
    return evaluation;
  }

  /** A studio recommended by {@code union} (one of dapeng, shenshan, direct), named with a panel score of 90. */
  public Studio named(String union) {
    Case c = evaluation.passedInitialReview(union);
    evaluation.evaluateUniformly(c, evaluation.sheet(indicatorSets.getDefault().version(), BigDecimal.TEN));
    Application application = applications.findByNumber(c.application().getBusinessKey()).orElseThrow();
    // The batch entry is what the application's end reads; naming a studio marks its entry named.
    jdbc.update("insert into batch_entry (batch_code, application_id, rank_no, panel_score, outcome, on_notice, "
        + "updated_at, version) values (?, ?, 1, 90.00, ?, false, current_timestamp, 0)", EvaluationFixture.BATCH,
        application.getId(), EntryOutcome.NAMED.name());
    Integer last = jdbc.queryForObject("select coalesce(max(id), 0) from studio", Integer.class);
    Studio studio = registry.name(new RegistryService.Naming(application.getId(), EvaluationFixture.BATCH, 2026,
        900 + last + 1, application.getStudioName(), application.getLeaderName(), application.getHostUnitCode(),
        applicationService.content(application).hostUnitName(), application.getUnionCode(), new BigDecimal("90.00"),
        DECISION_NUMBER, LocalDate.of(2026, 11, 20), "命名", EvaluationFixture.OFFICE));
    engine.getRuntimeService().createMessageCorrelation(ApplicationProcess.MESSAGE_NAMING_DECIDED)
        .processInstanceBusinessKey(application.getNumber())
        .setVariable(ApplicationProcess.VAR_NAMING_OUTCOME, EntryOutcome.NAMED.name())
        .correlateWithResult();
    // The application continues after the decision in a job of its own, which records it as named and ends it.
    ProcessEnds.await(engine, c.application().getId());
    return studios.findById(studio.getId()).orElseThrow();
  }
}

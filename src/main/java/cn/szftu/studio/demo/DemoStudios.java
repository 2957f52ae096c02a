package cn.szftu.studio.demo;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationService.PastDecision;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.application.form.ApplicationContent.Honour;
import cn.szftu.studio.application.form.ApplicationContent.Mentoring;
import cn.szftu.studio.application.form.ApplicationContent.Results;
import cn.szftu.studio.application.form.ApplicationContent.TeamMember;
import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.BatchProperties;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.StudioRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named studios for the demo. Change, revocation, annual report and re-assessment all start from a named studio, and
 * naming one takes a whole batch (window, reviews, expert panels, notice, decision), so a new user of
 * {@code mvn spring-boot:run} could try none of them. A database without any studio therefore gets the 2025 batch as
 * it ended in 2025 (window closed, notice over, 深工发〔2025〕12号, results published) with four named applications of
 * the demo host units of applicant1 (南山精工: SZMGCX-2025-001, -003) and applicant2 (福田智慧电网: -002, -004). The
 * studios enter the registry through {@link RegistryService#name}, so each starts its re-assessment like a real naming.
 *
 * <p>Runs once per database: nothing is seeded when any studio or the 2025 batch exists (a restart, or a database
 * with real data). Two nodes starting together both insert the 2025 batch first; the second waits on the first's row
 * and its whole attempt is rolled back by the primary key. After the start-up synchronisation (order 0: organisation
 * tree, 2026 batch, users) and before the re-assessment synchroniser (order 30).
 */
@Component
@Profile("demo")
@Order(25)
public class DemoStudios implements ApplicationRunner {

  static final String BATCH = "2025";
  static final int YEAR = 2025;
  static final String DECISION_NUMBER = "深工发〔2025〕12号";
  static final LocalDate DECISION_DATE = LocalDate.of(2025, 7, 28);

  private static final Logger log = LoggerFactory.getLogger(DemoStudios.class);

  /** In naming order: the list position is the rank and the naming number's sequence. */
  private static final List<Seed> SEEDS = List.of(
      new Seed("ns-precision", "applicant1", "陈志刚五轴精密加工劳模创新工作室", "陈志刚",
          new Honour(HonourType.MAY_DAY_MEDAL, HonourLevel.NATIONAL, 2021, "全国五一劳动奖章"),
          SkillLevel.SENIOR_TECHNICIAN, 18, List.of("赵永强", "孙丽", "郑凯"), "深圳市南山区西丽街道智能装备产业园 3 栋 2 楼",
          "五轴联动加工中心 2 台、三坐标测量机 1 台", List.of("航空结构件五轴加工变形控制", "刀具寿命在线监测"),
          new Results(9, 2, 4, 5, new BigDecimal("3860000")), "13902651201", "91.40", "31.20", "2025-03-18T09:30"),
      new Seed("ft-smart-grid", "applicant2", "林海燕配网自动化工匠创新工作室", "林海燕",
          new Honour(HonourType.CRAFTSMAN, HonourLevel.CITY, 2022, "深圳工匠"),
          SkillLevel.DEPUTY_SENIOR_TITLE, 15, List.of("何俊", "梁晓敏", "邓志伟", "黄珊"), "深圳市福田区梅林街道电力调度大楼 5 楼",
          "配网自动化仿真测试平台 1 套、故障录波分析系统 1 套", List.of("配网故障自愈策略优化", "台区线损智能诊断"),
          new Results(6, 3, 3, 4, new BigDecimal("5200000")), "13798216402", "88.60", "30.10", "2025-03-25T14:10"),
      new Seed("ns-precision", "applicant1", "刘建华智能装配工匠创新工作室", "刘建华",
          new Honour(HonourType.SKILL_CHAMPION, HonourLevel.PROVINCIAL, 2020, "广东省技术能手"),
          SkillLevel.TECHNICIAN, 11, List.of("周浩", "吴敏", "钱磊"), "深圳市南山区西丽街道智能装备产业园 1 栋 3 楼",
          "协作机器人装配工作站 3 套、激光跟踪仪 1 台", List.of("伺服电机装配工艺标准化"),
          new Results(4, 1, 2, 6, new BigDecimal("1750000")), "13510387603", "85.20", "29.00", "2025-04-08T10:45"),
      new Seed("ft-smart-grid", "applicant2", "吴国栋输电巡检劳模创新工作室", "吴国栋",
          new Honour(HonourType.MODEL_WORKER, HonourLevel.CITY, 2020, "深圳市劳动模范"),
          SkillLevel.SENIOR_TECHNICIAN, 20, List.of("冯涛", "曾颖", "陈晓东"), "深圳市福田区华富街道输电运维中心 2 楼",
          "无人机巡检系统 4 套、红外热成像仪 2 台", List.of("输电线路无人机自主巡检", "电缆隧道智能监测"),
          new Results(5, 1, 3, 3, new BigDecimal("2400000")), "13823945604", "82.75", "27.40", "2025-04-21T16:20"));

  private final StudioRepository studios;
  private final NamingBatchRepository batches;
  private final BatchEntryRepository entries;
  private final OrganisationRepository organisations;
  private final ApplicationService applications;
  private final RegistryService registry;
  private final TransactionTemplate transaction;

  public DemoStudios(StudioRepository studios, NamingBatchRepository batches, BatchEntryRepository entries,
      OrganisationRepository organisations, ApplicationService applications, RegistryService registry,
      PlatformTransactionManager transactionManager) {
    this.studios = studios;
    this.batches = batches;
    this.entries = entries;
    this.organisations = organisations;
    this.applications = applications;
    this.registry = registry;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
  }

  /** Seeds the named studios unless the database has a studio or the 2025 batch; answers how many it named. */
  public int seed() {
    try {
      int named = transaction.execute(status -> seedInTransaction());
      if (named > 0) {
        log.info("Demo studios: batch {} with {} named studios", BATCH, named);
      }
      return named;
    } catch (DataIntegrityViolationException e) {
      log.info("Demo studios: seeded by another node meanwhile");
      return 0;
    }
  }

  private int seedInTransaction() {
    if (studios.count() > 0 || batches.existsById(BATCH)) {
      return 0;
    }
    // First, so that a second node seeding at the same moment waits here and then fails on the primary key.
    NamingBatch batch = batches.saveAndFlush(NamingBatch.opened(new BatchProperties.Batch(BATCH, YEAR,
        "2025 年度深圳市示范性劳模和工匠人才创新工作室命名", at("2025-03-03T00:00"), at("2025-04-30T18:00"), 10, 3, Map.of(),
        null, null, null, null, null, null, null), at("2025-02-20T10:00")));
    batch.publishNotice(at("2025-07-14T00:00"), at("2025-07-19T00:00"));
    batch.publishResults(at("2025-07-14T00:00"));
    Instant namedAt = at("2025-07-28T16:00");
    batch.recordNaming(DECISION_NUMBER, DECISION_DATE, namedAt);
    int sequence = 0;
    for (Seed seed : SEEDS) {
      sequence++;
      Organisation unit = organisations.findById(seed.hostUnitCode()).orElseThrow();
      ApplicationContent content = content(seed, unit);
      Application application = applications.recordSettled(BATCH, YEAR, unit.getCode(), seed.applicant(), content,
          ApplicationStatus.NAMED, seed.submittedAt(), history(seed, unit, namedAt));
      BatchEntry entry = new BatchEntry(BATCH, application.getId(), sequence, seed.panelScore(),
          seed.innovationSubtotal(), EntryOutcome.PROPOSED, null, at("2025-07-01T10:00"));
      entry.markNamed(namedAt);
      entries.save(entry);
      registry.name(new RegistryService.Naming(application.getId(), BATCH, YEAR, sequence, content.studioName(),
          content.leaderName(), unit.getCode(), unit.getName(), unit.getParentCode(), seed.panelScore(),
          DECISION_NUMBER, DECISION_DATE, batch.getOutcomeLabel(), "office"), namedAt);
    }
    return sequence;
  }

  private static List<PastDecision> history(Seed seed, Organisation unit, Instant namedAt) {
    Instant submitted = seed.submittedAt();
    return List.of(
        new PastDecision(DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED, null, seed.applicant(), submitted),
        new PastDecision(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null, null, submitted),
        // the demo's union reviewers are named after their union (nanshan, futian)
        new PastDecision(DecisionStep.RECOMMENDATION, DecisionOutcome.RECOMMEND, "材料齐全，同意推荐", unit.getParentCode(),
            at("2025-05-09T11:00")),
        new PastDecision(DecisionStep.INITIAL_REVIEW, DecisionOutcome.PASS, "符合申报条件，提交专家评审", "office",
            at("2025-05-21T15:00")),
        new PastDecision(DecisionStep.EXPERT_EVALUATION, DecisionOutcome.EVALUATED, null, null, at("2025-06-20T17:00")),
        new PastDecision(DecisionStep.NAMING, DecisionOutcome.NAMED, null, null, namedAt));
  }

  private static ApplicationContent content(Seed seed, Organisation unit) {
    List<TeamMember> team = seed.team().stream()
        .map(name -> new TeamMember(name, "技术骨干", SkillLevel.TECHNICIAN)).toList();
    return new ApplicationContent(seed.studioName(), seed.leader(), List.of(seed.honour()), seed.skillLevel(),
        seed.yearsInPost(), unit.getName(), unit.getCreditCode(), unit.getParentCode(), team, seed.venue(),
        new BigDecimal("160"), seed.equipment(), new BigDecimal("500000"), LocalDate.of(2018, 6, 1),
        "围绕" + seed.topics().get(0) + "开展技术攻关，每季度组织一次成果交流。", seed.topics(),
        "工作室例会、项目台账、成果登记和师带徒制度", seed.results(), new Mentoring(15, 6, 8),
        "面向本单位及兄弟单位开展技能培训和开放日活动", seed.leader(), seed.mobile());
  }

  private static Instant at(String beijingTime) {
    return LocalDateTime.parse(beijingTime).atZone(ClockConfiguration.ZONE).toInstant();
  }

  private record Seed(String hostUnitCode, String applicant, String studioName, String leader, Honour honour,
      SkillLevel skillLevel, int yearsInPost, List<String> team, String venue, String equipment, List<String> topics,
      Results results, String mobile, BigDecimal panelScore, BigDecimal innovationSubtotal, Instant submittedAt) {

    Seed(String hostUnitCode, String applicant, String studioName, String leader, Honour honour,
        SkillLevel skillLevel, int yearsInPost, List<String> team, String venue, String equipment, List<String> topics,
        Results results, String mobile, String panelScore, String innovationSubtotal, String submittedAt) {
      this(hostUnitCode, applicant, studioName, leader, honour, skillLevel, yearsInPost, team, venue, equipment, topics,
          results, mobile, new BigDecimal(panelScore), new BigDecimal(innovationSubtotal), at(submittedAt));
    }
  }
}

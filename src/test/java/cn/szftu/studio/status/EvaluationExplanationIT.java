package cn.szftu.studio.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.evaluation.EvaluationExplanation;
import cn.szftu.studio.indicator.Indicator;
import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's view of the expert evaluation on the detail page. The evaluation is written straight into the
 * tables (driving a real panel is the evaluation tests' job): a completed evaluation with its published explanation
 * and one expert's seat, comment and veto facts, which must never reach the page. The batch's results_published_at
 * stands for the batch decision and is reset afterwards, since other tests share the database and the batch.
 */
class EvaluationExplanationIT extends PostgresIntegrationTest {

  private static final Map<String, WebSession> SESSIONS = new HashMap<>();
  private static final String VERSION = "2023-reconstructed";
  private static final String EXPERT = "expert1";
  private static final String EXPERT_NAME = "刘志明";
  private static final String COMMENT = "领衔人带教成效突出，建议加强成果转化台账（评审意见测试）";
  private static final String VETO_FACTS = "申报材料所附专利证书编号与国家知识产权局登记不符（否决事实测试）";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private IndicatorSets indicatorSets;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private JdbcTemplate jdbc;

  private String number;
  private Application application;
  private final List<Long> evaluationIds = new ArrayList<>();

  @BeforeEach
  void application() {
    number = new ApplicationFixture(engine).submit("评审结果公布测试劳模创新工作室");
    application = applications.findByNumber(number).orElseThrow();
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("update naming_batch set results_published_at = null where code = ?", application.getBatchCode());
    jdbc.update("update application set status = ? where id = ?", application.getStatus().name(),
        application.getId());
    for (Long id : evaluationIds) {
      jdbc.update("delete from evaluation_veto where member_id in (select id from evaluation_member"
          + " where evaluation_id = ?)", id);
      jdbc.update("delete from evaluation_member where evaluation_id = ?", id);
      jdbc.update("delete from evaluation where id = ?", id);
    }
  }

  @Test
  void scoreAndMeansAppearOnlyAfterTheBatchDecisionAndNeverTheExperts() throws Exception {
    EvaluationExplanation explanation = explanation(false, List.of());
    store(explanation, null);
    jdbc.update("update application set status = 'EVALUATED' where id = ?", application.getId());

    String before = as("applicant1").get(detailPath()).body();
    assertThat(before).contains("专家评审已完成，评审结果将在研究决定后公布")
        .doesNotContain("专家评审得分").doesNotContain("各项指标平均分").doesNotContain("85.00")
        .doesNotContain("4.25").doesNotContain(EXPERT).doesNotContain(EXPERT_NAME).doesNotContain(COMMENT);

    publish();
    for (String reader : List.of("applicant1", "nanshan", "office")) {
      String page = as(reader).get(detailPath()).body();
      assertThat(page).as(reader).contains("专家评审得分", "85.00", "去掉一个最高分和一个最低分", "评审专家 5 名",
          "按其余 3 名专家的评分计算", explanation.indicatorTitle(), VERSION, "各项指标平均分", "满分", "平均分");
      // every level of the table: 团队协作 (20 → 17.00), 领衔人 (10 → 8.50), 领衔人荣誉/资质等级 (5 → 4.25)
      assertThat(page).as(reader).containsPattern("indicator-level-1[^<]*\">\\s*<td[^>]*><span[^>]*>A</span>\\s*"
              + "<span>团队协作</span></td>\\s*<td[^>]*>20</td>\\s*<td[^>]*>17.00</td>")
          .containsPattern("indicator-level-2[\\s\\S]{0,200}领衔人</span></td>\\s*<td[^>]*>10</td>\\s*"
              + "<td[^>]*>8.50</td>")
          .containsPattern("indicator-level-3[\\s\\S]{0,200}领衔人荣誉/资质等级</span></td>\\s*<td[^>]*>5</td>\\s*"
              + "<td[^>]*>4.25</td>");
      assertThat(page).as(reader).doesNotContain("评审结果将在研究决定后公布").doesNotContain("一票否决")
          .doesNotContain(EXPERT).doesNotContain(EXPERT_NAME).doesNotContain(COMMENT);
    }
  }

  @Test
  void nothingIsShownBeforeEvaluationEvenWhenTheBatchIsDecided() {
    publish();
    String page = as("applicant1").get(detailPath()).body();
    assertThat(page).doesNotContain("专家评审得分").doesNotContain("评审结果将在研究决定后公布")
        .doesNotContain("href=\"#evaluation\"");
  }

  @Test
  void aVetoShowsItsGroundButNotTheFactsNorTheExpert() throws Exception {
    store(explanation(true, List.of("提供虚假材料")), VETO_FACTS);
    publish();

    String page = as("applicant1").get(detailPath()).body();
    assertThat(page).contains("存在一票否决情形：提供虚假材料，不予命名").contains("85.00")
        .doesNotContain(VETO_FACTS).doesNotContain(EXPERT).doesNotContain(EXPERT_NAME).doesNotContain(COMMENT);
  }

  /** The view itself, without the server: a vetoed evaluation names the grounds (labels only), no facts exist. */
  @Test
  void vetoedExplanationViewShowsTheLabelsOnly() {
    EvaluationView view = EvaluationView.of(explanation(true, List.of("提供虚假材料", "列入严重失信名单")));
    assertThat(view.published()).isTrue();
    assertThat(view.vetoText()).isEqualTo("存在一票否决情形：提供虚假材料、列入严重失信名单，不予命名");
    assertThat(view.panelScore()).isEqualTo("85.00");
    assertThat(view.toString()).doesNotContain(VETO_FACTS).doesNotContain(EXPERT);

    EvaluationView clean = EvaluationView.of(explanation(false, List.of()));
    assertThat(clean.vetoText()).isNull();
    assertThat(clean.trimmedText()).startsWith("去掉一个最高分和一个最低分");
    assertThat(clean.indicators()).first().satisfies(r -> {
      assertThat(r.level()).isEqualTo(1);
      assertThat(r.levelClass()).isEqualTo("indicator-level-1");
    });
    assertThat(clean.indicators()).extracting(EvaluationView.Row::level).contains(1, 2, 3);
  }

  /** Made-up means: 85 % of every maximum, so the first-level means add up to the panel score 85.00. */
  private EvaluationExplanation explanation(boolean excluded, List<String> vetoGrounds) {
    IndicatorSet set = indicatorSets.get(VERSION);
    List<EvaluationExplanation.Line> lines = new ArrayList<>();
    for (Indicator first : set.indicators()) {
      lines.add(line(first));
      for (Indicator second : first.children()) {
        lines.add(line(second));
        for (Indicator item : second.children()) {
          lines.add(line(item));
        }
      }
    }
    return new EvaluationExplanation(set.version(), set.title(), new BigDecimal("85.00"), true, 5, 3, excluded,
        vetoGrounds, lines);
  }

  private static EvaluationExplanation.Line line(Indicator indicator) {
    return new EvaluationExplanation.Line(indicator.id(), indicator.name(), indicator.level(), indicator.max(),
        indicator.max().multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP));
  }

  /** A completed evaluation of the application with expert1's submitted seat, comment and (optionally) veto facts. */
  private void store(EvaluationExplanation explanation, String vetoFacts) throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    Long evaluationId = jdbc.queryForObject("""
        insert into evaluation (application_id, process_instance_id, indicator_version, panel_size,
          disagreement_threshold, status, panel_score, trimmed, excluded, disagreement, spread, result, started_at,
          completed_at, version)
        values (?, ?, ?, 5, 15, 'COMPLETED', ?, ?, ?, false, 6.5, ?, ?, ?, 0) returning id""", Long.class,
        application.getId(), "it-" + UUID.randomUUID(), VERSION, explanation.panelScore(), explanation.trimmed(),
        explanation.excluded(), json.writeValueAsString(explanation), now, now);
    evaluationIds.add(evaluationId);
    Long memberId = jdbc.queryForObject("""
        insert into evaluation_member (evaluation_id, seat, expert_id, state, comment, drawn_at, declared_at,
          submitted_at, version)
        values (?, 1, ?, 'SUBMITTED', ?, ?, ?, ?, 0) returning id""", Long.class,
        evaluationId, EXPERT, COMMENT, now, now, now);
    if (vetoFacts != null) {
      jdbc.update("insert into evaluation_veto (member_id, flag, facts) values (?, 'FALSE_MATERIAL', ?)", memberId,
          vetoFacts);
    }
  }

  private void publish() {
    jdbc.update("update naming_batch set results_published_at = ? where code = ?", Timestamp.from(Instant.now()),
        application.getBatchCode());
  }

  private String detailPath() {
    return "/applications/" + number;
  }

  private WebSession as(String user) {
    return SESSIONS.computeIfAbsent(user + "@" + port, u -> WebSession.login(baseUrl(), user, user));
  }
}

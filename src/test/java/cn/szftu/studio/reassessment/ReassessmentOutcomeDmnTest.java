package cn.szftu.studio.reassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reassessment-outcome table on the DMN engine, with the variables the application hands it: every boundary of
 * both lines, the veto, the assessment after rectification, and lines other than the defaults (so nothing in the table
 * is a literal score).
 */
class ReassessmentOutcomeDmnTest {

  private static final ReassessmentProperties DEFAULTS = new ReassessmentProperties(null, null, null, null);
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = ReassessmentOutcomeDmnTest.class.getClassLoader()
        .getResourceAsStream("processes/reassessment-outcome.dmn")) {
      decision = engine.parseDecision(ReassessmentOutcomeDecision.DECISION_KEY, in);
    }
  }

  @ParameterizedTest(name = "score {0}, veto {1}, after rectification {2} → {3}")
  @CsvSource({
      // first assessment: keep line 75, rectify line 60
      "100.00, false, false, KEEP",
      "75.01,  false, false, KEEP",
      "75.00,  false, false, KEEP",
      "74.99,  false, false, RECTIFY",
      "67.50,  false, false, RECTIFY",
      "60.00,  false, false, RECTIFY",
      "59.99,  false, false, REVOKE",
      "0.00,   false, false, REVOKE",
      // a veto revokes whatever the score
      "100.00, true,  false, REVOKE",
      "75.00,  true,  false, REVOKE",
      "60.00,  true,  false, REVOKE",
      "100.00, true,  true,  REVOKE",
      // after rectification only the keep line counts
      "75.00,  false, true,  KEEP",
      "90.00,  false, true,  KEEP",
      "74.99,  false, true,  REVOKE",
      "60.00,  false, true,  REVOKE",
      "10.00,  false, true,  REVOKE"})
  void decidesWithTheDefaultLines(String score, boolean vetoed, boolean afterRectification, String expected) {
    assertThat(outcome(new BigDecimal(score), vetoed, afterRectification, DEFAULTS)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "lines 80/50: score {0}, after rectification {1} → {2}")
  @CsvSource({
      "80.00, false, KEEP",
      "79.99, false, RECTIFY",
      "75.00, false, RECTIFY",
      "50.00, false, RECTIFY",
      "49.99, false, REVOKE",
      "80.00, true,  KEEP",
      "79.99, true,  REVOKE"})
  void followsConfiguredLines(String score, boolean afterRectification, String expected) {
    ReassessmentProperties strict = new ReassessmentProperties(3, new BigDecimal("80"), new BigDecimal("50"), 60);
    assertThat(outcome(new BigDecimal(score), false, afterRectification, strict)).isEqualTo(expected);
  }

  @Test
  void equalLinesLeaveNoRoomForRectification() {
    ReassessmentProperties noRectification = new ReassessmentProperties(3, new BigDecimal("70"),
        new BigDecimal("70"), 60);
    assertThat(outcome(new BigDecimal("70.00"), false, false, noRectification)).isEqualTo("KEEP");
    assertThat(outcome(new BigDecimal("69.99"), false, false, noRectification)).isEqualTo("REVOKE");
  }

  @Test
  void aMissingScoreWithoutVetoHasNoOutcome() {
    assertThat(engine.evaluateDecisionTable(decision,
        ReassessmentOutcomeDecision.variables(null, false, false, DEFAULTS)).getSingleResult()).isNull();
    assertThat(outcome(null, true, false, DEFAULTS)).isEqualTo("REVOKE");
  }

  @Test
  void theTableHasOneOutcomeForEveryCase() {
    // unique hit policy: overlapping rules would make the engine refuse, a gap would give no outcome
    java.util.SortedSet<BigDecimal> scores = new java.util.TreeSet<>();
    for (int halves = 0; halves <= 200; halves++) {
      scores.add(BigDecimal.valueOf(halves * 5L, 1));
    }
    for (BigDecimal line : new BigDecimal[] {DEFAULTS.rectifyLine(), DEFAULTS.keepLine()}) {
      for (int hundredths = -50; hundredths <= 50; hundredths++) {
        scores.add(line.add(BigDecimal.valueOf(hundredths, 2)));
      }
    }
    for (BigDecimal score : scores) {
      for (boolean vetoed : new boolean[] {false, true}) {
        for (boolean after : new boolean[] {false, true}) {
          assertThat(outcome(score, vetoed, after, DEFAULTS)).as(score + "/" + vetoed + "/" + after).isNotNull();
        }
      }
    }
  }

  private static String outcome(BigDecimal score, boolean vetoed, boolean afterRectification,
      ReassessmentProperties lines) {
    return engine.evaluateDecisionTable(decision,
        ReassessmentOutcomeDecision.variables(score, vetoed, afterRectification, lines)).getSingleEntry();
  }
}

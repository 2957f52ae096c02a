package cn.szftu.studio.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** V6 on H2: Hibernate validates the mapping against the Flyway table, and both foreign keys hold. */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.show-sql=false"})
class ExpertJpaTest {

  private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

  @Autowired
  private ExpertRepository experts;
  @Autowired
  private JdbcTemplate jdbc;

  @BeforeEach
  void organisations() {
    jdbc.update("insert into organisation (code, name, kind, sort_order, active, updated_at) "
        + "values ('t-city', '市', 'CITY', 0, true, current_timestamp)");
    jdbc.update("insert into organisation (code, name, kind, parent_code, sort_order, active, updated_at) "
        + "values ('t-union', '区总工会', 'RECOMMENDING_UNION', 't-city', 1, true, current_timestamp)");
    jdbc.update("insert into organisation (code, name, kind, parent_code, credit_code, sort_order, active, "
        + "updated_at) values ('t-unit', '某公司', 'HOST_UNIT', 't-union', '914403059927866662', 2, true, "
        + "current_timestamp)");
  }

  @Test
  void aProfileSurvivesTheRoundTrip() {
    ExpertProfile profile = new ExpertProfile("expert-t", "陈国栋", "某公司", "t-unit", "智能制造", "t-union", true);
    Expert row = new Expert("expert-t");
    assertThat(row.apply(profile, NOW)).isTrue();
    experts.saveAndFlush(row);

    Expert loaded = experts.findById("expert-t").orElseThrow();
    assertThat(loaded.toProfile()).isEqualTo(profile);
    assertThat(loaded.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(NOW);
    assertThat(loaded.apply(profile, NOW.plusSeconds(60))).as("unchanged profile writes nothing").isFalse();
  }

  @Test
  void employerAndUnionAreOptionalAndInactiveExpertsAreLeftOutOfTheActiveList() {
    Expert university = new Expert("b-expert");
    university.apply(new ExpertProfile("b-expert", "刘志明", "深圳大学", null, "机械工程", null, true), NOW);
    Expert inactive = new Expert("a-expert");
    inactive.apply(new ExpertProfile("a-expert", "黄振华", "某研究院", null, "新材料", null, false), NOW);
    experts.saveAllAndFlush(java.util.List.of(university, inactive));

    assertThat(experts.findAllByOrderById()).extracting(Expert::getId).containsExactly("a-expert", "b-expert");
    assertThat(experts.findByActiveTrueOrderById()).extracting(Expert::getId).containsExactly("b-expert");
  }

  @Test
  void anUnknownOrganisationCodeIsRefused() {
    Expert row = new Expert("expert-x");
    row.apply(new ExpertProfile("expert-x", "某某", "某公司", "no-such-unit", "x", null, true), NOW);
    assertThatThrownBy(() -> experts.saveAndFlush(row)).isInstanceOf(DataIntegrityViolationException.class);
  }
}

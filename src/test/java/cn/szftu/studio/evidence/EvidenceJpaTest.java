package cn.szftu.studio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V4 on H2 (the default database): Flyway creates evidence_file, Hibernate validates the mapping against it
 * (ddl-auto=validate fails the context otherwise), and a file's bytes survive the round trip unchanged.
 */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.show-sql=false"})
class EvidenceJpaTest {

  @Autowired
  private EvidenceFileRepository files;
  @Autowired
  private JdbcTemplate jdbc;

  private long applicationId;

  @BeforeEach
  void application() {
    jdbc.update("insert into organisation (code, name, kind, sort_order, active, updated_at) "
        + "values ('t-city', '市', 'CITY', 0, true, current_timestamp)");
    jdbc.update("insert into naming_batch (code, batch_year, title, window_opens_at, window_closes_at, "
        + "correction_working_days, updated_at) values ('t', 2026, 't', current_timestamp, current_timestamp, 10, "
        + "current_timestamp)");
    jdbc.update("insert into application (number, batch_code, host_unit_code, union_code, studio_name, leader_name, "
        + "applicant_user_id, status, recommended, content, submitted_at, updated_at, version) values ('SQ-T-0001', "
        + "'t', 't-city', 't-city', '工作室', '某某', 'u', 'SUBMITTED', false, '{}', current_timestamp, "
        + "current_timestamp, 0)");
    applicationId = jdbc.queryForObject("select id from application where number = 'SQ-T-0001'", Long.class);
  }

  @Test
  void bytesSurviveTheRoundTripAndSummariesLeaveThemOut() {
    byte[] content = new byte[3 * 1024 * 1024];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    content[0] = (byte) 0x89;
    files.saveAndFlush(new EvidenceFile("00000000-0000-0000-0000-000000000001", applicationId, "证书.png",
        EvidenceType.PNG, content, EvidenceService.sha256(content), "领衔人荣誉证书", "u", Instant.now()));

    assertThat(files.findByIdAndApplicationId("00000000-0000-0000-0000-000000000001", applicationId))
        .hasValueSatisfying(f -> assertThat(f.getContent()).isEqualTo(content));
    assertThat(files.findByIdAndApplicationId("00000000-0000-0000-0000-000000000001", applicationId + 1)).isEmpty();
    assertThat(files.summaries(applicationId)).singleElement().satisfies(s -> {
      assertThat(s.fileName()).isEqualTo("证书.png");
      assertThat(s.sizeBytes()).isEqualTo(content.length);
      assertThat(s.description()).isEqualTo("领衔人荣誉证书");
    });
    assertThat(files.countByApplicationId(applicationId)).isEqualTo(1);
    assertThat(files.totalBytes(applicationId)).isEqualTo(content.length);
    assertThat(files.totalBytes(applicationId + 1)).isZero();
    assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
        + "where table_name = 'EVIDENCE_FILE' and column_name = 'CONTENT'", String.class)).isEqualTo("BINARY VARYING");
  }
}

package cn.szftu.studio.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableFilterTest {

  private final DatabaseProbe probe = mock(DatabaseProbe.class);
  private final DatabaseUnavailableFilter.Filter filter = new DatabaseUnavailableFilter.Filter(probe);

  @Test
  void connectionFailuresAreToldApartFromOtherFailures() {
    assertThat(ConnectionFailures.isConnectionFailure(new ProcessEngineException("ENGINE-03004",
        new RuntimeException(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))).isTrue();
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("refused", "08001"))).isTrue();
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("terminating connection", "57P01"))).isTrue();
    assertThat(ConnectionFailures.isConnectionFailure(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate", "23505")))).isFalse();
    assertThat(ConnectionFailures.isConnectionFailure(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void aPageWhoseDatabaseIsGoneAnswers503InChineseWithoutInternals() throws Exception {
    when(probe.reachable()).thenReturn(true);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain failing = (req, res) -> {
      throw new ProcessEngineException("### Error querying database. ### SQL: select * from ACT_RU_TASK",
          new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
    };
    filter.doFilter(new MockHttpServletRequest("GET", "/applications"), response, failing);
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isNotBlank();
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("数据库暂时无法连接")
        .doesNotContain("SQL").doesNotContain("Exception").doesNotContain("ACT_RU");
  }

  @Test
  void aRest500WhoseBodyNamesTheConnectionBecomes503() throws Exception {
    when(probe.reachable()).thenReturn(true);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain camundaRest = (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
      res.getWriter().write("{\"type\":\"ProcessEngineException\",\"message\":\"### Cause: "
          + "org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port "
          + "are correct and that the postmaster is accepting TCP/IP connections.\"}");
    };
    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, camundaRest);
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("DatabaseUnavailable")
        .doesNotContain("PSQL");
  }

  @Test
  void otherFailuresPassThroughWhileTheDatabaseAnswers() throws Exception {
    when(probe.reachable()).thenReturn(true);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain otherRest = (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
      res.getWriter().write("{\"type\":\"ProcessEngineException\",\"message\":\"something else\"}");
    };
    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, otherRest);
    assertThat(response.getStatus()).isEqualTo(500);
    FilterChain bug = (req, res) -> {
      throw new IllegalStateException("bug");
    };
    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/applications"),
        new MockHttpServletResponse(), bug)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnexplained500WhileTheDatabaseIsDownBecomes503() throws Exception {
    when(probe.reachable()).thenReturn(false);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain webapp = (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
    filter.doFilter(new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task"), response, webapp);
    assertThat(response.getStatus()).isEqualTo(503);
  }
}

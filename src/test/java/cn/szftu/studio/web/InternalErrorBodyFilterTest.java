package cn.szftu.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InternalErrorBodyFilterTest {

  private static final String ENGINE_FAILURE = "{\"type\":\"ProcessEngineException\",\"message\":\"ENGINE-03083 "
      + "Exception while executing Batch Database Operations with message 'insert into ACT_ID_USER …'\",\"code\":0}";

  @Test
  void anEngineFailureLeavesAsAChineseSentenceWithAnErrorNumber() throws Exception {
    MockHttpServletResponse response = run(500, ENGINE_FAILURE);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .matches("\\{\"type\":\"InternalError\",\"message\":\"系统内部错误.*错误编号 [0-9a-f]{8}。\",\"code\":0}")
        .doesNotContain("ACT_ID_USER").doesNotContain("insert");
  }

  @Test
  void eachFailureGetsItsOwnNumber() throws Exception {
    assertThat(run(500, ENGINE_FAILURE).getContentAsString(StandardCharsets.UTF_8))
        .isNotEqualTo(run(500, ENGINE_FAILURE).getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void answersTheInnerFiltersMadePreciseStayAsTheyAre() throws Exception {
    for (int status : new int[] {200, 400, 404, 409, 503}) {
      String body = "{\"message\":\"kept " + status + "\"}";
      MockHttpServletResponse response = run(status, body);
      assertThat(response.getStatus()).isEqualTo(status);
      assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
    }
  }

  private static MockHttpServletResponse run(int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/user/create");
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain engine = (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
      res.setContentType("application/json");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
    new InternalErrorBodyFilter.Filter().doFilter(request, response, engine);
    return response;
  }
}

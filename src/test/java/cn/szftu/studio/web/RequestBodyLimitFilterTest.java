package cn.szftu.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitFilterTest {

  private final RequestBodyLimitFilter.Filter declared = new RequestBodyLimitFilter.Filter(DataSize.ofKilobytes(1),
      true);
  private final RequestBodyLimitFilter.Filter read = new RequestBodyLimitFilter.Filter(DataSize.ofKilobytes(1),
      false);

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
    MockHttpServletRequest request = post("/public/notice/objections", "application/x-www-form-urlencoded",
        "facts=" + "a".repeat(2000));
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<ServletRequest> passed = new AtomicReference<>();
    declared.doFilter(request, response, (req, res) -> passed.set(req));
    assertThat(passed.get()).isNull();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("提交的内容过大（超过 1 KB），未被接收。");
  }

  @Test
  void aBodyWithoutDeclaredLengthIsCountedWhileRead() throws Exception {
    MockHttpServletRequest request = post("/engine-rest/task/1/submit-form", "application/json",
        "{\"a\": \"" + "a".repeat(2000) + "\"}");
    request.addHeader("Transfer-Encoding", "chunked");
    AtomicReference<ServletRequest> passed = new AtomicReference<>();
    declared.doFilter(withoutLength(request), new MockHttpServletResponse(), (req, res) -> passed.set(req));
    assertThat(passed.get()).as("nothing declared: left to the filter that reads").isNotNull();

    MockHttpServletResponse refused = new MockHttpServletResponse();
    read.doFilter(withoutLength(request), refused, (req, res) -> {
      throw new AssertionError("must not pass");
    });
    assertThat(refused.getStatus()).isEqualTo(413);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("PayloadTooLarge").contains("提交的内容过大");
  }

  @Test
  void malformedJsonIsRefusedAndWellFormedJsonPassesUnchanged() throws Exception {
    MockHttpServletResponse malformed = new MockHttpServletResponse();
    read.doFilter(post("/engine-rest/task/1/submit-form", "application/json", "{\"variables\": {"), malformed,
        (req, res) -> {
          throw new AssertionError("must not pass");
        });
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getContentAsString(StandardCharsets.UTF_8)).contains("不是有效的 JSON");

    MockHttpServletResponse trailing = new MockHttpServletResponse();
    read.doFilter(post("/api/admin/indicator-sets", "application/json", "{} {}"), trailing, (req, res) -> {
      throw new AssertionError("must not pass");
    });
    assertThat(trailing.getStatus()).isEqualTo(400);

    AtomicReference<String> seen = new AtomicReference<>();
    read.doFilter(post("/engine-rest/task/1/submit-form", "application/json; charset=UTF-8",
        "{\"variables\": {\"reasons\": {\"value\": \"同意\"}}}"), new MockHttpServletResponse(),
        (req, res) -> seen.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    assertThat(seen.get()).isEqualTo("{\"variables\": {\"reasons\": {\"value\": \"同意\"}}}");
  }

  @Test
  void multipartUploadsKeepTheirOwnLimits() throws Exception {
    MockHttpServletRequest upload = post("/applications/A/evidence", "multipart/form-data; boundary=x",
        "a".repeat(5000));
    AtomicReference<ServletRequest> passed = new AtomicReference<>();
    declared.doFilter(upload, new MockHttpServletResponse(), (req, res) -> passed.set(req));
    assertThat(passed.get()).isSameAs(upload);
  }

  private static MockHttpServletRequest post(String path, String type, String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContentType(type);
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  /** A chunked request: the body is there, its length is not declared. */
  private static jakarta.servlet.http.HttpServletRequest withoutLength(MockHttpServletRequest request) {
    return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
      @Override
      public int getContentLength() {
        return -1;
      }

      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
  }
}

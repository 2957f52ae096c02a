package cn.szftu.studio.expert;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators keep the expert pool here (the city office asks them to extend it when too few experts can be
 * drawn). Deactivating keeps the expert on record for past panels but out of every new draw.
 */
@RestController
@RequestMapping("/api/admin/experts")
public class ExpertAdminController {

  static final List<String> FIELDS = List.of("name", "employerName", "employerCode", "industry", "unionCode",
      "active");

  private final ExpertPoolService pool;

  public ExpertAdminController(ExpertPoolService pool) {
    this.pool = pool;
  }

  @GetMapping
  public List<ExpertProfile> list() {
    return pool.list();
  }

  @PutMapping("/{id}")
  public ResponseEntity<ExpertProfile> save(@PathVariable String id, @RequestBody JsonNode body) {
    boolean created = pool.save(id, input(body));
    ExpertProfile saved = pool.list().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    return created ? ResponseEntity.created(URI.create("/api/admin/experts/" + id)).body(saved)
        : ResponseEntity.ok(saved);
  }

  /** Unknown or mistyped fields are refused rather than ignored, so a typo never silently drops a value. */
  private ExpertPoolService.ExpertInput input(JsonNode body) {
    List<String> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new InvalidExpertException(List.of("请求体应为 JSON 对象"));
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        problems.add(name + "：不是专家信息的字段（可用字段：" + String.join("、", FIELDS) + "）");
      }
    });
    for (String name : FIELDS) {
      JsonNode value = body.get(name);
      boolean wrongType = value != null && !value.isNull()
          && (name.equals("active") ? !value.isBoolean() : !value.isTextual());
      if (wrongType) {
        problems.add(name + "：应为" + (name.equals("active") ? " true 或 false" : "文字"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidExpertException(problems);
    }
    return new ExpertPoolService.ExpertInput(text(body, "name"), text(body, "employerName"),
        text(body, "employerCode"), text(body, "industry"), text(body, "unionCode"),
        body.hasNonNull("active") ? body.get("active").booleanValue() : null);
  }

  private static String text(JsonNode body, String name) {
    return body.hasNonNull(name) ? body.get(name).textValue() : null;
  }

  @ExceptionHandler(InvalidExpertException.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ResponseEntity<ErrorBody> invalid(InvalidExpertException e) {
    return ResponseEntity.badRequest().body(new ErrorBody(e.getMessage(), e.problems()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable() {
    String message = "请求体为空或不是有效的 JSON：需要 name、employerName、industry、active，可选 employerCode、unionCode";
    return ResponseEntity.badRequest().body(new ErrorBody(message, List.of(message)));
  }

  record ErrorBody(String message, List<String> problems) {
  }
}

package cn.szftu.studio.indicator;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets administrators load a new indicator-set version, list the versions and read one. */
@RestController
@RequestMapping("/api/admin/indicator-sets")
public class IndicatorSetAdminController {

  private final IndicatorSetService service;
  private final IndicatorSets sets;

  public IndicatorSetAdminController(IndicatorSetService service, IndicatorSets sets) {
    this.service = service;
    this.sets = sets;
  }

  /** The body is read as bytes (UTF-8 detected by the parser), so a text/yaml upload without charset keeps its Chinese. */
  @PostMapping(consumes = {"text/yaml", "application/x-yaml", "application/yaml", "text/x-yaml",
      "application/json"})
  public ResponseEntity<IndicatorSetView> load(@RequestBody byte[] body, Principal principal) {
    String source = "管理接口上传" + (principal == null ? "" : "（" + principal.getName() + "）");
    IndicatorSetService.LoadResult result = service.load(body, source);
    if (!result.created()) {
      return ResponseEntity.ok(result.view());
    }
    return ResponseEntity.created(URI.create("/api/admin/indicator-sets/" + result.summary().version()))
        .body(result.view());
  }

  @GetMapping
  public List<IndicatorSetSummary> list() {
    return sets.list();
  }

  @GetMapping("/{version}")
  public IndicatorSetView get(@PathVariable String version) {
    IndicatorSetSummary summary = sets.summary(version).orElseThrow(() -> new IndicatorSetNotFoundException(version));
    return IndicatorSetView.of(summary, sets.get(version));
  }

  @PutMapping("/{version}/default")
  public IndicatorSetSummary makeDefault(@PathVariable String version) {
    return service.makeDefault(version);
  }
}

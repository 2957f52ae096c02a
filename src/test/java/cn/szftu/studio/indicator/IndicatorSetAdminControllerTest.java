package cn.szftu.studio.indicator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The endpoint without the security chain, which covers /api/admin/** elsewhere. */
@IndicatorJpaTest
class IndicatorSetAdminControllerTest {

  private static final MediaType YAML = MediaType.parseMediaType("text/yaml");

  @Autowired
  private IndicatorSetService service;
  @Autowired
  private IndicatorSets sets;
  @Autowired
  private IndicatorSetRowRepository setRows;
  @Autowired
  private IndicatorRowRepository indicatorRows;
  @Autowired
  private ObjectMapper objectMapper;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    indicatorRows.deleteAllInBatch();
    setRows.deleteAllInBatch();
    mvc = MockMvcBuilders.standaloneSetup(new IndicatorSetAdminController(service, sets))
        .setControllerAdvice(new IndicatorSetAdminErrors())
        .setMessageConverters(new ByteArrayHttpMessageConverter(),
            new MappingJackson2HttpMessageConverter(objectMapper))
        .build();
  }

  @Test
  void postStoresTheVersionAndGetReadsItBack() throws Exception {
    mvc.perform(post("/api/admin/indicator-sets").contentType(YAML)
            .content(IndicatorSetParserTest.SMALL.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/admin/indicator-sets/test-small"))
        .andExpect(jsonPath("$.version").value("test-small"))
        .andExpect(jsonPath("$.title").value("测试用指标体系"))
        .andExpect(jsonPath("$.total").value(100.0))
        .andExpect(jsonPath("$.defaultSet").value(true))
        .andExpect(jsonPath("$.indicators[0].children[0].children[0].id").value("X1.1"))
        .andExpect(jsonPath("$.indicators[0].children[0].children[0].max").value(25.5));

    mvc.perform(post("/api/admin/indicator-sets").contentType(YAML)
            .content(IndicatorSetParserTest.SMALL.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk());

    mvc.perform(get("/api/admin/indicator-sets"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].version").value("test-small"));
    mvc.perform(get("/api/admin/indicator-sets/test-small"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.indicators[1].children[1].children[1].name").value("丙二"));
  }

  @Test
  void aBadFileIsRefusedWithEveryProblem() throws Exception {
    String bad = IndicatorSetParserTest.SMALL.replace("max: 30}", "max: 31}").replace("name: 甲二", "name: \"\"");
    mvc.perform(post("/api/admin/indicator-sets").contentType(MediaType.parseMediaType("application/x-yaml"))
            .content(bad.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("指标体系文件 管理接口上传 有 2 处问题，未加载"))
        .andExpect(jsonPath("$.problems[0]").value("X1.2：名称不能为空"))
        .andExpect(jsonPath("$.problems[1]").value("Y1：下级指标满分合计 31 分，不等于 Y1 的满分 30 分"));
  }

  @Test
  void changingAStoredVersionIsAConflict() throws Exception {
    service.load(IndicatorSetParserTest.SMALL.getBytes(StandardCharsets.UTF_8), "a");
    String changed = IndicatorSetParserTest.SMALL.replace("hint: 说明", "hint: 新说明");
    mvc.perform(post("/api/admin/indicator-sets").contentType(YAML).content(changed.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value("版本 test-small 已存在且内容不同，已加载的版本不能修改；请使用新的版本号"));
  }

  @Test
  void jsonIsAcceptedAndAnUnknownVersionIs404() throws Exception {
    String json = """
        {"version": "json-1", "title": "JSON", "indicators": [
          {"id": "A", "name": "甲", "max": 100, "children": [
            {"id": "A1", "name": "乙", "max": 100, "children": [{"id": "A1.1", "name": "丙", "max": 100}]}]}]}
        """;
    mvc.perform(post("/api/admin/indicator-sets").contentType(MediaType.APPLICATION_JSON)
            .content(json.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/admin/indicator-sets/nope"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("指标体系版本 nope 不存在"));
  }
}

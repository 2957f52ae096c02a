package cn.szftu.studio.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the holiday overrides file at start-up. A broken file stops the application: running on with a holiday
 * arrangement the administrator believes is in place would produce wrong deadlines without anyone noticing.
 */
@Component
public class HolidayOverrideFileSync {

  private static final Logger log = LoggerFactory.getLogger(HolidayOverrideFileSync.class);

  private final HolidayOverrideService service;
  private final Resource file;
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public HolidayOverrideFileSync(HolidayOverrideService service,
      @Value("${studio.calendar.overrides-file:classpath:calendar/holiday-overrides.yaml}") Resource file) {
    this.service = service;
    this.file = file;
  }

  /** Early among the ready listeners: it writes, so it runs under the cluster start-up lock (cluster.ClusterStartup). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void onApplicationReady() {
    synchronise();
  }

  /** @return the years written; empty when the file matches what was applied before */
  public List<Integer> synchronise() {
    HolidayOverrideFile content = read();
    List<HolidayOverrideFile.Year> years = content == null || content.years() == null ? List.of() : content.years();
    try {
      List<Integer> written = service.synchroniseFromFile(years);
      log.info("Holiday overrides file {}: {} year(s) listed, written: {}", file.getDescription(), years.size(),
          written);
      return written;
    } catch (InvalidOverridesException e) {
      throw new IllegalStateException("节假日覆盖文件 " + file.getDescription() + " 有误：" + e.getMessage(), e);
    }
  }

  private HolidayOverrideFile read() {
    try (InputStream in = file.getInputStream(); JsonParser parser = yaml.createParser(in)) {
      // A file holding nothing but comments is as good as "years: []"; Jackson would call it malformed.
      return parser.nextToken() == null ? null : yaml.readValue(parser, HolidayOverrideFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("无法读取节假日覆盖文件 " + file.getDescription() + "：" + e.getMessage(), e);
    }
  }
}

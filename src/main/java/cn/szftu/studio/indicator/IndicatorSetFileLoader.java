package cn.szftu.studio.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up, stores every indicator-set file shipped on the classpath, in file-name order. Idempotent: a version
 * already stored with the same content is left alone. A broken file, or a shipped file whose content differs from
 * the stored version of the same id, stops start-up with the problems listed.
 */
@Component
@Order(10)
public class IndicatorSetFileLoader implements ApplicationRunner {

  private final IndicatorSetService service;
  private final ResourcePatternResolver resolver;
  private final String location;

  public IndicatorSetFileLoader(IndicatorSetService service, ResourcePatternResolver resolver,
      @Value("${studio.indicator.files:classpath*:indicator/*.yaml}") String location) {
    this.service = service;
    this.resolver = resolver;
    this.location = location;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    loadAll();
  }

  public void loadAll() throws IOException {
    Resource[] files = resolver.getResources(location);
    Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        service.load(in.readAllBytes(), "indicator/" + file.getFilename());
      }
    }
  }
}

package cn.szftu.studio.bench;

import cn.szftu.studio.StudioApplication;
import cn.szftu.studio.support.BusinessTime;
import cn.szftu.studio.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application inside the benchmark's JVM (as BackupDrillStandaloneIT starts it): demo profile, PostgreSQL,
 * history FULL, business time of the integration tests, and the DataSource wrapped by a {@link SqlCounter}.
 */
final class StudioApp {

  private StudioApp() {
  }

  static ConfigurableApplicationContext start(TestDatabase.Connection db, int port, SqlCounter sql) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.profiles.active", "demo");
    properties.put("spring.datasource.url", db.url());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", db.password());
    properties.put("camunda.bpm.history-level", "full");
    properties.put("server.port", String.valueOf(port));
    properties.put("spring.main.banner-mode", "off");
    // the demo's SMTP server would otherwise take a free port outside the bench's range
    properties.put("studio.mail.demo-server-port", String.valueOf(port + 50));
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    return new SpringApplicationBuilder(StudioApplication.class, BusinessTime.class)
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (sql != null && bean instanceof DataSource ds && "dataSource".equals(beanName)) {
              return sql.wrap(ds);
            }
            return bean;
          }
        }))
        .run(args);
  }
}

package cn.szftu.studio.indicator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The indicator beans on H2 with the Flyway schema checked by Hibernate; each test rolls back. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.show-sql=false"})
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({IndicatorSets.class, IndicatorSetService.class, IndicatorSetFileLoader.class, IndicatorJpaTest.Beans.class})
@interface IndicatorJpaTest {

  @TestConfiguration
  class Beans {

    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }
  }
}

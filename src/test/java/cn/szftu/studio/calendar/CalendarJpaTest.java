package cn.szftu.studio.calendar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar beans on H2 with the Flyway schema checked by Hibernate, and Spring Boot's JSON mapper. Tests run
 * outside a test transaction because the cache is dropped only after a real commit; each test therefore starts by
 * emptying the tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.show-sql=false"})
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({LegalHolidayLibrary.class, DatabaseHolidayOverrides.class, WorkingDays.class, HolidayOverrideService.class,
    CalendarJpaTest.Beans.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@interface CalendarJpaTest {

  /** Fictional test data throughout; none of it is the official 2027 arrangement. */
  String SOURCE = "测试用通知（虚构数据）";

  @TestConfiguration
  class Beans {

    @Bean
    MutableClock clock() {
      return new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
    }
  }
}

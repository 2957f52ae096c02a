package cn.szftu.studio.support;

import cn.szftu.studio.ClockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Integration tests live on 2026-11-25 10:00 Beijing time, whatever the real date: inside the configured 2026 batch
 * window and within the years that have holiday data. Time still runs (an offset, not a frozen clock), and the
 * application's Clock and the engine's ClockUtil share the same offset, so due dates and timers agree.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BusinessTime {

  public static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ClockConfiguration.ZONE);
  private static final Duration OFFSET = Duration.between(ZonedDateTime.now(ClockConfiguration.ZONE), START);

  @Bean
  @Primary
  Clock businessClock() {
    ClockUtil.offset(OFFSET.toMillis());
    return Clock.offset(Clock.system(ClockConfiguration.ZONE), OFFSET);
  }
}

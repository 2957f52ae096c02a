package cn.szftu.studio.reassessment;

import cn.szftu.studio.ClockConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReassessmentConfiguration {

  @Bean
  ReviewCycle reviewCycle(ReassessmentProperties properties) {
    return new ReviewCycle(properties.reviewCycleYears(), ClockConfiguration.ZONE);
  }
}

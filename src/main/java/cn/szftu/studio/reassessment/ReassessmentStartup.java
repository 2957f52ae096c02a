package cn.szftu.studio.reassessment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the general start-up (order 0) and the scoring forms (20): every standing studio gets its process. */
@Component
@Order(30)
class ReassessmentStartup implements ApplicationRunner {

  private final ReassessmentProcesses processes;

  ReassessmentStartup(ReassessmentProcesses processes) {
    this.processes = processes;
  }

  @Override
  public void run(ApplicationArguments args) {
    processes.startMissing();
  }
}

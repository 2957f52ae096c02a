package cn.szftu.studio.application;

import cn.szftu.studio.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What every process test of studio-application needs: the engine, the records, and a fixture to drive cases. */
abstract class ApplicationProcessTestBase extends PostgresIntegrationTest {

  @Autowired
  protected ProcessEngine processEngine;
  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected TaskService taskService;
  @Autowired
  protected ApplicationRepository applications;
  @Autowired
  protected ApplicationDecisionRepository decisions;

  protected ApplicationProcessFixture cases;

  @BeforeEach
  void prepareCases() {
    BpmnAwareTests.init(processEngine);
    cases = new ApplicationProcessFixture(processEngine, applications, decisions);
  }

  @AfterEach
  void clearAuthentication() {
    processEngine.getIdentityService().clearAuthentication();
  }
}

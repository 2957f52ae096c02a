package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bean inside real Camunda expressions: JUEL must pick the {@code Date} overload of {@code isWorkingDay}, coerce
 * the literal to {@code int}, and Camunda must accept the returned {@code Date} as a timer date and a due date.
 */
class WorkingDaysExpressionTest {

  private static final BpmnModelInstance PROCESS = Bpmn.createExecutableProcess("workingDayExpressions")
      .startEvent()
      .exclusiveGateway()
        .condition("working day", "${workingDays.isWorkingDay(now())}")
        .userTask("review").camundaDueDate("${workingDays.deadline(now(), 10)}")
        .endEvent()
      .moveToLastGateway()
        .condition("rest day", "${!workingDays.isWorkingDay(now())}")
        .intermediateCatchEvent("firstWorkingDayOver").timerWithDate("${workingDays.deadline(now(), 1)}")
        .endEvent()
      .done();

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:working-day-expressions;DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
        .setJobExecutorActivate(false);
    configuration.setBeans(Map.of("workingDays",
        new WorkingDays(new LegalHolidayLibrary(), () -> OverrideSnapshot.EMPTY)));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("working-days.bpmn", PROCESS).deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date at(String beijingTime) {
    return Date.from(OffsetDateTime.parse(beijingTime).toInstant());
  }

  @Test
  void dueDateOfATaskStartedOnAWorkingDay() {
    ClockUtil.setCurrentTime(at("2026-09-30T10:00+08:00"));
    String instance = engine.getRuntimeService().startProcessInstanceByKey("workingDayExpressions").getId();

    Task review = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    // Ten working days after 30 September: 8, 9, 10 (make-up Saturday), 12–16, 19, 20 October.
    assertThat(review.getDueDate()).isEqualTo(at("2026-10-21T00:00+08:00"));
  }

  @Test
  void timerDateOfAnInstanceStartedOnAHoliday() {
    ClockUtil.setCurrentTime(at("2026-10-01T10:00+08:00"));
    String instance = engine.getRuntimeService().startProcessInstanceByKey("workingDayExpressions").getId();

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at("2026-10-09T00:00+08:00"));
  }
}

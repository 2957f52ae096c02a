package cn.szftu.studio.change;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.ActingUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives studio-change the way Tasklist does: the host unit's applicant submits the start form, every task is
 * completed through its form by an authenticated user. Studios come from {@link NamedStudioFixture}: named for
 * applicant1's unit 南山精工 (unit-ns-precision) through one of the unions the evaluation tests reserve.
 */
final class ChangeFixture {

  static final String APPLICANT = "applicant1";
  /** applicant2 belongs to 深圳市福田智慧电网技术有限公司, not to the studios' unit. */
  static final String OTHER_UNIT_APPLICANT = "applicant2";
  static final String OFFICE = "office";
  static final String LEADERSHIP = "leader";
  static final String UNION = "dapeng";
  /** 深圳市南山芯测半导体有限公司, a host unit of the tree under 南山区总工会. */
  static final String CHIP_TEST_CREDIT_CODE = "914403055738524115";
  static final String CHIP_TEST_NAME = "深圳市南山芯测半导体有限公司";
  static final String QUALIFYING_HONOURS =
      "[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2021,\"title\":\"深圳市劳动模范\"}]";

  private static final AtomicInteger NAMES = new AtomicInteger();

  private final ProcessEngine engine;
  private final NamedStudioFixture studios;
  private String unionReviewer;

  ChangeFixture(ProcessEngine engine, IndicatorSets indicatorSets, JdbcTemplate jdbc, RegistryService registry,
      StudioRepository studioRepository, ApplicationRepository applications, ApplicationService applicationService) {
    this.engine = engine;
    this.studios = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studioRepository, applications,
        applicationService);
  }

  /** A newly named studio of applicant1's unit, recommended by {@link #UNION}. */
  Studio namedStudio() {
    return studios.named(UNION);
  }

  /** A member of the studio's recommending union (union-dapeng), who reviews its changes. */
  String unionReviewer() {
    if (unionReviewer == null) {
      unionReviewer = studios.evaluation().unionReviewer(UNION);
    }
    return unionReviewer;
  }

  /** A studio name no earlier run has used, so a change to it is always a change. */
  static String freshName(String leader) {
    return leader + "劳模和工匠人才创新工作室（" + System.nanoTime() % 100_000 + "-" + NAMES.incrementAndGet() + "）";
  }

  ProcessInstance start(String userId, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(StudioChangeProcess.KEY).latestVersion().singleResult().getId();
    return ActingUser.as(engine, userId, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  Task task(ProcessInstance instance) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task of " + instance.getId() + ", found " + tasks);
    }
    return tasks.get(0);
  }

  void complete(String userId, Task task, Map<String, Object> values) {
    ActingUser.as(engine, userId, () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /** Completes the instance's one task through its form. */
  void decide(ProcessInstance instance, String userId, String decision, String reasons) {
    complete(userId, task(instance), decision(decision, reasons));
  }

  static Map<String, Object> decision(String decision, String reasons) {
    Map<String, Object> v = new HashMap<>();
    v.put("decision", decision);
    v.put("reasons", reasons);
    return v;
  }

  static Map<String, Object> leaderChange(Studio studio, String newLeader, String newName) {
    Map<String, Object> v = new HashMap<>();
    v.put("namingNumber", studio.getNamingNumber());
    v.put("changeType", "LEADER");
    v.put("changeReasons", "原领衔人" + studio.getLeaderName() + "退休，由" + newLeader + "接任");
    v.put("newLeaderName", newLeader);
    v.put("newLeaderPosition", "精密加工车间主任");
    v.put("newLeaderSkillLevel", "SENIOR_TECHNICIAN");
    v.put("newLeaderHonours", json(QUALIFYING_HONOURS));
    if (newName != null) {
      v.put("newStudioName", newName);
    }
    return v;
  }

  static Map<String, Object> nameChange(Studio studio, String newName) {
    Map<String, Object> v = new HashMap<>();
    v.put("namingNumber", studio.getNamingNumber());
    v.put("changeType", "NAME");
    v.put("changeReasons", "工作室研究方向调整，更名");
    v.put("newStudioName", newName);
    return v;
  }

  static Map<String, Object> hostUnitChange(Studio studio, String staysInShenzhen, String creditCode, String name) {
    Map<String, Object> v = new HashMap<>();
    v.put("namingNumber", studio.getNamingNumber());
    v.put("changeType", "HOST_UNIT");
    v.put("changeReasons", "工作室团队整体划转至新单位");
    v.put("staysInShenzhen", staysInShenzhen);
    if (creditCode != null) {
      v.put("newHostUnitCreditCode", creditCode);
    }
    v.put("newHostUnitName", name);
    return v;
  }

  /** A repeating group as Tasklist sends it: a JSON variable. */
  static TypedValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }
}

package cn.szftu.studio.reassessment;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.KEY;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_APPLICATION_ID;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_STUDIO_ID;

import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioNamed;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every studio in the registry that is not revoked has exactly one running re-assessment process. It starts in the
 * naming transaction (so a studio is never named without it), and at start-up for studios that have none (named
 * before this process existed, or whose instance was cancelled). Each start locks the studio's row first and looks
 * again, so concurrent starters (two nodes, naming during start-up) never start two.
 */
@Component
public class ReassessmentProcesses {

  private static final Logger log = LoggerFactory.getLogger(ReassessmentProcesses.class);

  private final StudioRepository studios;
  private final ReassessedStudioLocks locks;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;

  public ReassessmentProcesses(StudioRepository studios, ReassessedStudioLocks locks, RuntimeService runtimeService,
      PlatformTransactionManager transactionManager) {
    this.studios = studios;
    this.locks = locks;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** In the naming transaction: a studio that fails to get its process is not named either. */
  @EventListener
  @Transactional
  public void onStudioNamed(StudioNamed named) {
    startIfMissing(named.studioId());
  }

  /** Starts the studio's process unless it is revoked or has one running; answers whether it started one. */
  @Transactional
  public boolean startIfMissing(long studioId) {
    Studio studio = locks.lock(studioId)
        .orElseThrow(() -> new IllegalStateException("studio " + studioId + " does not exist"));
    if (studio.getStatus() == StudioStatus.REVOKED || isRunning(studio)) {
      return false;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_STUDIO_ID, studio.getId());
    variables.put(VAR_APPLICATION_ID, studio.getApplicationId());
    runtimeService.startProcessInstanceByKey(KEY, studio.getNamingNumber(), variables);
    return true;
  }

  /** The start-up synchroniser: one transaction per studio, so one failure does not hold back the others. */
  public int startMissing() {
    int started = 0;
    for (Studio studio : studios.findAllByOrderByNamingNumberAsc()) {
      if (studio.getStatus() != StudioStatus.REVOKED && !isRunning(studio)
          && Boolean.TRUE.equals(transaction.execute(status -> startIfMissing(studio.getId())))) {
        started++;
      }
    }
    log.info("Re-assessment processes: {} started", started);
    return started;
  }

  /** By naming number and studio id: an instance left behind by a studio deleted from the registry does not count. */
  public boolean isRunning(Studio studio) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(studio.getNamingNumber()).variableValueEquals(VAR_STUDIO_ID, studio.getId())
        .count() > 0;
  }
}

package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.change.StudioChangeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End events: each closes the request with its outcome. Inside the review they also say how the review ended, which
 * decides whether the revocation follows (a move out of Shenzhen) or the process ends.
 */
@Component("studioChangeOutcome")
public class ChangeOutcomeListener implements ExecutionListener {

  private final StudioChangeService changes;

  public ChangeOutcomeListener(StudioChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long changeId = (Long) execution.getVariable(VAR_CHANGE_ID);
    String end = execution.getCurrentActivityId();
    switch (end) {
      case END_APPLIED -> outcome(execution, Outcome.APPLIED);
      case END_REFUSED_BY_UNION, END_REFUSED_BY_OFFICE, END_REFUSED_BY_LEADERSHIP, END_MOVE_OUT_REFUSED -> {
        changes.refuse(changeId);
        outcome(execution, Outcome.REFUSED);
      }
      case END_WITHDRAWN -> outcome(execution, Outcome.WITHDRAWN);
      case END_MOVE_OUT_CONFIRMED -> outcome(execution, Outcome.MOVE_OUT_CONFIRMED);
      case END_STUDIO_REVOKED -> {
        changes.endByRevocation(changeId);
        outcome(execution, Outcome.STUDIO_REVOKED);
      }
      case END_REVOKED_AFTER_MOVE -> changes.revocationDecided(changeId, true);
      case END_NOT_REVOKED -> changes.revocationDecided(changeId, false);
      default -> throw new IllegalStateException("no outcome for " + end);
    }
  }

  private static void outcome(DelegateExecution execution, Outcome outcome) {
    execution.setVariable(VAR_OUTCOME, outcome.name());
  }
}

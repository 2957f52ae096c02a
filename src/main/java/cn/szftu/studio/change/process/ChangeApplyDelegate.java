package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.VAR_CHANGE_ID;

import cn.szftu.studio.change.StudioChangeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记变更: the approved change becomes the studio's next version in the registry. */
@Component("studioChangeApply")
public class ChangeApplyDelegate implements JavaDelegate {

  private final StudioChangeService changes;

  public ChangeApplyDelegate(StudioChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.apply((Long) execution.getVariable(VAR_CHANGE_ID));
  }
}

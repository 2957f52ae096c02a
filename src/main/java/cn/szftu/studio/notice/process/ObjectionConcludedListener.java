package cn.szftu.studio.notice.process;

import static cn.szftu.studio.application.ApplicationProcess.VAR_OBJECTION_ID;

import cn.szftu.studio.batch.BatchNotifier;
import cn.szftu.studio.notice.ObjectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** An objection is concluded: the batch, which may be waiting for its investigations after the notice, is told. */
@Component("objectionConcluded")
public class ObjectionConcludedListener implements ExecutionListener {

  private final ObjectionService objections;
  private final BatchNotifier batches;

  public ObjectionConcludedListener(ObjectionService objections, BatchNotifier batches) {
    this.objections = objections;
    this.batches = batches;
  }

  @Override
  public void notify(DelegateExecution execution) {
    batches.objectionConcluded(objections.get((Long) execution.getVariable(VAR_OBJECTION_ID)).getBatchCode());
  }
}

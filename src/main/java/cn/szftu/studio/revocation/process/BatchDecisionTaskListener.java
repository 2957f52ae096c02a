package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.BatchRevocationProcess.*;
import static cn.szftu.studio.revocation.StudioRevocationProcess.FIELD_BASIS;
import static cn.szftu.studio.revocation.StudioRevocationProcess.FIELD_DECISION_SUMMARY;
import static cn.szftu.studio.revocation.StudioRevocationProcess.FIELD_GROUND_LABEL;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.revocation.BatchRevocation;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 领导研究决定是否撤销整批命名: one decision, recorded on the batch and on each studio's case. */
@Component("batchRevocationDecisionTask")
public class BatchDecisionTaskListener implements TaskListener {

  static final List<String> SHOWN = List.of(FIELD_BATCH, FIELD_GROUND_LABEL, FIELD_BASIS, FIELD_STUDIOS,
      FIELD_DECISION_SUMMARY);
  static final Set<String> FORM_FIELDS = RevocationForms.fields(SHOWN, DecisionInput.FIELDS);

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final NamingBatchRepository batches;
  private final CurrentActor actor;
  private final Clock clock;

  public BatchDecisionTaskListener(RevocationService revocations, RevocationCases cases, NamingBatchRepository batches, CurrentActor actor,
      Clock clock) {
    this.revocations = revocations;
    this.cases = cases;
    this.batches = batches;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    BatchRevocation batch = cases.batchOf(task.getProcessInstanceId()).orElseThrow();
    long id = batch.getId();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> shown = new HashMap<>();
      shown.put(FIELD_BATCH, batch.getBatchCode() + " " + batches.findById(batch.getBatchCode()).orElseThrow()
          .getTitle());
      shown.put(FIELD_GROUND_LABEL, batch.getGround().label());
      shown.put(FIELD_BASIS, batch.getBasis());
      List<String> studios = revocations.casesOf(id).stream()
          .map(c -> RevocationTexts.studio(revocations.studio(c.getStudioId()))).toList();
      shown.put(FIELD_STUDIOS, "共 " + studios.size() + " 个：\n" + studios.stream().collect(Collectors.joining("\n")));
      shown.put(FIELD_DECISION_SUMMARY, RevocationTexts.ban(revocations.properties(), batch.getGround(),
          LocalDate.now(clock)));
      RevocationForms.prepare(task, shown);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      DecisionInput input = DecisionInput.read(RevocationForms.submitted(task, FORM_FIELDS, cases), LocalDate.now(clock));
      revocations.decideBatch(id, input.decision(), input.number(), input.date(), input.reasons(), actor.userId(task));
      task.getExecution().setVariable(VAR_DECISION, input.decision().name());
      task.getExecution().setVariable(VAR_REVOKED, input.decision() == Decision.REVOKE);
    }
  }
}

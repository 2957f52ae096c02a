package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.naming.BatchForm;
import cn.szftu.studio.naming.BatchParameters;
import cn.szftu.studio.naming.NamingBatchService;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The city office opens a batch with the start form: the values are checked, the batch and its quotas are stored, the
 * batch code becomes the business key (for message correlation) and the form values leave the process. A batch
 * configured in application.yaml starts with {@code batchCode} only and is attached.
 */
@Component("batchOpened")
public class BatchOpenedListener implements ExecutionListener {

  private final NamingBatchService batches;
  private final OrganisationRepository organisations;
  private final IndicatorSets indicatorSets;
  private final Clock clock;

  public BatchOpenedListener(NamingBatchService batches, OrganisationRepository organisations,
      IndicatorSets indicatorSets, Clock clock) {
    this.batches = batches;
    this.organisations = organisations;
    this.indicatorSets = indicatorSets;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String code = (String) execution.getVariable(VAR_BATCH_CODE);
    NamingBatch batch;
    if (code != null) {
      batches.attach(code, execution.getProcessInstanceId());
      batch = batches.get(code);
    } else {
      Map<String, Object> values = new HashMap<>(execution.getVariables());
      Set<String> unions = organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION)
          .stream().map(Organisation::getCode).collect(Collectors.toSet());
      BatchParameters parameters = BatchForm.read(values, unions, v -> indicatorSets.find(v).isPresent(),
          LocalDate.now(clock));
      batch = batches.open(parameters, execution.getProcessInstanceId());
      execution.removeVariables(values.keySet());
      execution.setVariable(VAR_BATCH_CODE, batch.getCode());
    }
    execution.setProcessBusinessKey(batch.getCode());
    execution.setVariable(VAR_WINDOW_CLOSES_AT, Date.from(batch.getWindowClosesAt()));
  }
}

package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.naming.NamingBatchService;
import cn.szftu.studio.notice.NoticePeriod;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the approved list on the public notice page; the timer waits for the end of the last working day. */
@Component("noticePublication")
public class NoticePublicationDelegate implements JavaDelegate {

  private final NamingBatchService batches;

  public NoticePublicationDelegate(NamingBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticePeriod period = batches.publishNotice((String) execution.getVariable(VAR_BATCH_CODE));
    execution.setVariable(VAR_NOTICE_ENDS_AT, Date.from(period.endsAt()));
  }
}

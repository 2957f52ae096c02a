package cn.szftu.studio.reliability.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.reliability.cluster.NodeClient.Credentials;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work both nodes compete for: a probe process whose every instance goes through three jobs (an async continuation
 * after its start, a timer that is moved due from outside as a deadline would come due, an async continuation before
 * its end), and a batch of outbox mails. Each must be done exactly once, whichever node gets to it.
 */
public final class ProbeWork {

  public static final String KEY = "cluster-probe";
  static final int INSTANCES = 200;
  static final int JOBS_PER_INSTANCE = 3;
  static final int MAILS = 300;
  /** Job log state of a successful execution (Camunda's JobState.SUCCESSFUL). */
  static final int JOB_SUCCESSFUL = 2;
  static final int JOB_FAILED = 1;
  private static final Pattern ROW_ID = Pattern.compile("<studio-mail\\.(\\d+)\\.");

  static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="clusterProbe" targetNamespace="http://szftu.cn/test">
        <bpmn:process id="cluster-probe" name="集群探针" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="start" camunda:asyncAfter="true"/>
          <bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
          <bpmn:intermediateCatchEvent id="wait">
            <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end"/>
          <bpmn:endEvent id="end" camunda:asyncBefore="true"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private final ClusterDatabase sql;
  private final GreenMail smtp;
  private final AtomicBoolean movingTimers = new AtomicBoolean();
  private Thread timerMover;

  public ProbeWork(ClusterDatabase sql, GreenMail smtp) {
    this.sql = sql;
    this.smtp = smtp;
  }

  public int expectedJobs() {
    return INSTANCES * JOBS_PER_INSTANCE;
  }

  public int mails() {
    return MAILS;
  }

  /** Queues the mails, deploys the probe and starts its instances, half through each node. */
  public void start(NodeClient a, NodeClient b, Credentials admin) {
    // Due a day ago by any clock, so neither the sender's clock nor the time zone of the column holds them back.
    int queued = sql.update("insert into mail_outbox (dedup_key, recipient_user_id, recipient_address, subject, body,"
        + " status, attempts, created_at, next_attempt_at)"
        + " select 'cluster-probe:' || g, 'cluster-probe-' || g, 'cluster-probe-' || g || '@example.invalid',"
        + " '集群探针邮件 ' || g, '两个节点同时发送：每封只应送达一次。', 'PENDING', 0,"
        + " localtimestamp - interval '1 day', localtimestamp - interval '1 day' from generate_series(1, ?) g", MAILS);
    assertThat(queued).isEqualTo(MAILS);

    HttpResponse<String> deployed = a.deploy(admin, KEY, KEY + ".bpmn", BPMN);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    for (int i = 0; i < INSTANCES; i++) {
      NodeClient node = i % 2 == 0 ? a : b;
      HttpResponse<String> started = node.post("/process-definition/key/" + KEY + "/start", admin, "{}");
      assertThat(started.statusCode()).as("%s: %s", node.name(), started.body()).isEqualTo(200);
    }
    movingTimers.set(true);
    timerMover = new Thread(this::moveTimersDue, "cluster-timer-mover");
    timerMover.setDaemon(true);
    timerMover.start();
  }

  /** Brings every waiting probe timer due now, as time passing would; only those no node has locked. */
  private void moveTimersDue() {
    while (movingTimers.get()) {
      sql.update("update act_ru_job set duedate_ = localtimestamp - interval '1 second' where process_def_key_ = ?"
          + " and type_ = 'timer' and lock_owner_ is null and duedate_ > localtimestamp", KEY);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  public Map<String, String> assertEveryJobRanOnce(Duration timeout) {
    long waitStarted = System.nanoTime();
    await(timeout, () -> sql.count("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_"
        + " is not null", KEY) == INSTANCES, "every probe instance ended");
    double waited = (System.nanoTime() - waitStarted) / 1e9;
    movingTimers.set(false);
    assertThat(sql.count("select count(*) from act_ru_job where process_def_key_ = ?", KEY)).isZero();

    Map<String, Long> successesPerJob = sql.counts("select job_id_, count(*) filter (where job_state_ = ?)"
        + " from act_hi_job_log where process_def_key_ = ? group by job_id_", JOB_SUCCESSFUL, KEY);
    assertThat(successesPerJob).as("probe jobs").hasSize(INSTANCES * JOBS_PER_INSTANCE);
    assertThat(successesPerJob.entrySet()).as("successful runs per probe job")
        .allSatisfy(e -> assertThat(e.getValue()).as("job %s", e.getKey()).isEqualTo(1));
    assertThat(sql.counts("select job_id_, count(*) from act_hi_job_log where job_state_ = ? group by job_id_"
        + " having count(*) > 1", JOB_SUCCESSFUL)).as("any job of the application run twice").isEmpty();
    Map<String, Long> perNode = sql.counts("select hostname_, count(*) from act_hi_job_log where job_state_ = ?"
        + " and process_def_key_ = ? group by hostname_ order by hostname_", JOB_SUCCESSFUL, KEY);
    assertThat(perNode).as("both nodes ran probe jobs").containsOnlyKeys("cluster-a", "cluster-b");

    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("probe jobs run once", successesPerJob.size() + " of " + INSTANCES * JOBS_PER_INSTANCE
        + " by node " + perNode);
    figures.put("all jobs of the run", sql.count("select count(distinct job_id_) from act_hi_job_log where job_state_"
        + " = ?", JOB_SUCCESSFUL) + " succeeded once each, failed attempts " + sql.count(
        "select count(*) from act_hi_job_log where job_state_ = ?", JOB_FAILED));
    figures.put("jobs waited s", String.format("%.1f", waited));
    return figures;
  }

  public Map<String, String> assertEveryMailSentOnce(Duration timeout) {
    await(timeout, () -> sql.count("select count(*) from mail_outbox where status = 'PENDING'") == 0,
        "the outbox is empty");
    assertThat(sql.counts("select status, count(*) from mail_outbox where dedup_key like 'cluster-probe:%'"
        + " group by status")).as("probe mails").containsExactly(Map.entry("SENT", (long) MAILS));
    Map<Long, Integer> receivedPerRow = new HashMap<>();
    Map<String, Integer> perNode = new TreeMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      receivedPerRow.merge(rowId(message), 1, Integer::sum);
      perNode.merge(senderDomain(message), 1, Integer::sum);
    }
    assertThat(receivedPerRow.entrySet()).as("mails received per outbox row")
        .allSatisfy(e -> assertThat(e.getValue()).as("row %s", e.getKey()).isEqualTo(1));
    List<Long> sent = sql.strings("select id from mail_outbox where status = 'SENT'").stream().map(Long::valueOf)
        .toList();
    assertThat(receivedPerRow.keySet()).as("received = sent").containsExactlyInAnyOrderElementsOf(sent);
    assertThat(perNode).as("both nodes sent mails").containsOnlyKeys("cluster-a.invalid", "cluster-b.invalid");
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("mails sent once", sent.size() + " (" + MAILS + " probe) by node " + perNode + ", failed "
        + sql.count("select count(*) from mail_outbox where status = 'FAILED'"));
    return figures;
  }

  private static long rowId(MimeMessage message) {
    try {
      Matcher matcher = ROW_ID.matcher(String.valueOf(message.getMessageID()));
      assertThat(matcher.find()).as("Message-ID %s", message.getMessageID()).isTrue();
      return Long.parseLong(matcher.group(1));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String senderDomain(MimeMessage message) {
    try {
      String address = ((InternetAddress) message.getFrom()[0]).getAddress();
      return address.substring(address.indexOf('@') + 1);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(Duration timeout, BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}

package cn.szftu.studio.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For administrators (the /api/admin chain: HTTP Basic, camunda-admin only): the outbox by status, FAILED by default,
 * and a second chance for a mail given up on once the cause (a wrong address, a server refusing mail) is fixed.
 */
@RestController
@RequestMapping("/api/admin/mail-outbox")
class OutboxAdminController {

  static final int LISTED = 200;

  /** One row without its body: enough to find the cause, no more of the message than the subject. */
  record OutboxRow(long id, String dedupKey, String recipientUserId, String recipientAddress, String subject,
      MailStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

    static OutboxRow of(OutboxMail m) {
      return new OutboxRow(m.getId(), m.getDedupKey(), m.getRecipientUserId(), m.getRecipientAddress(),
          m.getSubject(), m.getStatus(), m.getAttempts(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(),
          m.getLastError());
    }
  }

  private final OutboxMailRepository outbox;
  private final Clock clock;

  OutboxAdminController(OutboxMailRepository outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @GetMapping
  List<OutboxRow> list(@RequestParam(defaultValue = "FAILED") MailStatus status) {
    return outbox.findByStatusOrderByIdDesc(status, PageRequest.of(0, LISTED)).stream().map(OutboxRow::of).toList();
  }

  @PostMapping("/{id}/retry")
  @Transactional
  OutboxRow retry(@PathVariable long id) {
    OutboxMail mail = outbox.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (mail.getStatus() != MailStatus.FAILED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "only FAILED mails can be retried");
    }
    mail.retry(clock.instant());
    return OutboxRow.of(mail);
  }
}

package cn.szftu.studio.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  boolean existsByDedupKeyAndRecipientUserId(String dedupKey, String recipientUserId);

  List<OutboxMail> findByDedupKeyOrderByIdAsc(String dedupKey);

  List<OutboxMail> findByStatusOrderByIdDesc(MailStatus status, Pageable page);

  @Query("select distinct m.dedupKey from OutboxMail m where m.dedupKey in :keys")
  List<String> findExistingKeys(@Param("keys") Collection<String> keys);

  @Query("select m.id from OutboxMail m where m.status = cn.szftu.studio.mail.MailStatus.PENDING"
      + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
  List<Long> findDueIds(@Param("now") Instant now, Pageable page);

  /**
   * Locks one due row for the rest of the transaction, or returns nothing when another sender holds it (or it is no
   * longer pending): two senders (two nodes, or a poll overlapping a manual run) never send the same row.
   */
  @Query(value = "select id from mail_outbox where id = :id and status = 'PENDING' for update skip locked",
      nativeQuery = true)
  List<Long> claim(@Param("id") long id);
}

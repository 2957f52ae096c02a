package cn.szftu.studio.evidence;

import static cn.szftu.studio.evidence.EvidenceLimits.FIELD_DESCRIPTION;
import static cn.szftu.studio.evidence.EvidenceLimits.LABEL_DESCRIPTION;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationAccess;
import cn.szftu.studio.application.ApplicationNotFoundException;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of applications. Who may do what follows {@link ApplicationAccess}: everyone who may read an
 * application may download its files; only its own unit's applicants may add or remove files, and only while the
 * {@link UploadWindow} is open. Anything else answers "not found", so ids are never confirmed. A refused upload throws
 * {@link InvalidSubmissionException} and stores nothing.
 */
@Service
public class EvidenceService {

  private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

  private final ApplicationRepository applications;
  private final ApplicationRowLock rowLock;
  private final EvidenceFileRepository files;
  private final ApplicationAccess access;
  private final Clock clock;

  public EvidenceService(ApplicationRepository applications, ApplicationRowLock rowLock, EvidenceFileRepository files,
      ApplicationAccess access, Clock clock) {
    this.applications = applications;
    this.rowLock = rowLock;
    this.files = files;
    this.access = access;
    this.clock = clock;
  }

  /** The evidence section for a user who may read the application (the caller has checked that). */
  @Transactional(readOnly = true)
  public EvidencePanel panel(Application application, String userId) {
    List<EvidenceSummary> list = files.summaries(application.getId());
    if (!access.canActForApplicant(userId, application)) {
      return new EvidencePanel(list, false, null);
    }
    boolean open = UploadWindow.isOpen(application.getStatus());
    return new EvidencePanel(list, open, open ? null : UploadWindow.closedMessage(application.getStatus()) + "。");
  }

  @Transactional
  public EvidenceSummary upload(String number, String userId, EvidenceUpload upload) {
    Application application = lockForChange(number, userId);
    byte[] content = upload.content();
    if (content.length == 0 && (upload.fileName() == null || upload.fileName().isBlank())) {
      throw new InvalidSubmissionException(EvidenceLimits.fileProblem("请选择要上传的文件"));
    }
    List<FieldProblem> problems = new ArrayList<>(EvidenceLimits.check(content.length,
        files.countByApplicationId(application.getId()), files.totalBytes(application.getId())));
    Optional<EvidenceType> type = Optional.empty();
    if (content.length > 0) {
      type = EvidenceType.detect(content);
      if (type.isEmpty()) {
        problems.add(0, EvidenceLimits.fileProblem(EvidenceType.NOT_ACCEPTED));
      }
    }
    String description = upload.description() == null ? "" : upload.description().strip();
    if (description.length() > EvidenceLimits.MAX_DESCRIPTION_LENGTH) {
      problems.add(new FieldProblem(FIELD_DESCRIPTION, LABEL_DESCRIPTION,
          "不能超过 " + EvidenceLimits.MAX_DESCRIPTION_LENGTH + " 个字符（现为 " + description.length() + " 个）"));
    } else if (description.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem(FIELD_DESCRIPTION, LABEL_DESCRIPTION, "含有不可见的控制字符"));
    }
    String sha256 = sha256(content);
    if (problems.isEmpty()) {
      files.namesWithSameContent(application.getId(), sha256).stream().findFirst().ifPresent(existing ->
          problems.add(EvidenceLimits.fileProblem("与已上传的“" + existing + "”内容完全相同，无需重复上传")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    EvidenceFile file = new EvidenceFile(UUID.randomUUID().toString(), application.getId(),
        FileNames.sanitise(upload.fileName(), type.orElseThrow()), type.orElseThrow(), content, sha256,
        description.isEmpty() ? null : description, userId, clock.instant());
    files.save(file);
    log.info("evidence {} ({} bytes, {}) added to {} by {}", file.getId(), file.getSizeBytes(), file.getContentType(),
        number, userId);
    return new EvidenceSummary(file.getId(), file.getOriginalName(), file.getContentType(), file.getSizeBytes(),
        file.getSha256(), file.getDescription(), file.getUploadedBy(), file.getUploadedAt());
  }

  /** The file with its content, for someone who may read the application; otherwise "not found". */
  @Transactional(readOnly = true)
  public EvidenceFile download(String number, String fileId, String userId) {
    Application application = applications.findByNumber(number)
        .filter(a -> access.canRead(userId, a))
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    return files.findByIdAndApplicationId(fileId, application.getId())
        .orElseThrow(() -> new ApplicationNotFoundException(number));
  }

  /** Removes a file while uploads are allowed; returns its name for the confirmation message. */
  @Transactional
  public String delete(String number, String fileId, String userId) {
    Application application = lockForChange(number, userId);
    String name = files.nameInApplication(fileId, application.getId())
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    files.deleteFromApplication(fileId, application.getId());
    log.info("evidence {} removed from {} by {}", fileId, number, userId);
    return name;
  }

  private Application lockForChange(String number, String userId) {
    Application application = rowLock.lockByNumber(number)
        .filter(a -> access.canActForApplicant(userId, a))
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    if (!UploadWindow.isOpen(application.getStatus())) {
      throw new InvalidSubmissionException(new FieldProblem("status", "申报状态",
          UploadWindow.closedMessage(application.getStatus())));
    }
    return application;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

package cn.szftu.studio.status;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationAccess;
import cn.szftu.studio.application.ApplicationDecisionRepository;
import cn.szftu.studio.application.ApplicationNotFoundException;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.evidence.EvidencePanel;
import cn.szftu.studio.evidence.EvidenceService;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds an application's detail page for one user, or "not found" when {@link ApplicationAccess} says no. */
@Service
public class ApplicationDetails {

  private final ApplicationRepository applications;
  private final ApplicationService service;
  private final ApplicationDecisionRepository decisions;
  private final ApplicationAccess access;
  private final EvidenceService evidence;
  private final NamingBatchRepository batches;
  private final OrganisationRepository organisations;
  private final UserNames userNames;
  private final EvaluationService evaluations;

  public ApplicationDetails(ApplicationRepository applications, ApplicationService service,
      ApplicationDecisionRepository decisions, ApplicationAccess access, EvidenceService evidence,
      NamingBatchRepository batches, OrganisationRepository organisations, UserNames userNames,
      EvaluationService evaluations) {
    this.applications = applications;
    this.service = service;
    this.decisions = decisions;
    this.access = access;
    this.evidence = evidence;
    this.batches = batches;
    this.organisations = organisations;
    this.userNames = userNames;
    this.evaluations = evaluations;
  }

  @Transactional(readOnly = true)
  public DetailPage of(String number, String userId) {
    Application application = applications.findByNumber(number)
        .filter(a -> access.canRead(userId, a))
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    UserNames.Resolver names = userNames.resolver();
    String unionName = name(application.getUnionCode());
    Optional<NamingBatch> batch = batches.findById(application.getBatchCode());
    ApplicationRow summary = ApplicationRows.row(application,
        code -> batch.map(NamingBatch::getTitle).orElse(null), this::name);

    List<DecisionRow> history = decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application.getId()).stream()
        .map(d -> new DecisionRow(DisplayDates.dateTime(d.getDecidedAt()), d.getStep().label(),
            d.getOutcome().label(), d.getReasons(), DisplayDates.lastDay(d.getDeadline()), names.name(d.getActorUserId())))
        .toList();

    EvidencePanel panel = evidence.panel(application, userId);
    List<EvidenceRow> files = panel.files().stream()
        .map(f -> new EvidenceRow(f.id(), f.fileName(), f.typeLabel(), f.sizeText(), f.description(),
            names.name(f.uploadedBy()), DisplayDates.dateTime(f.uploadedAt()), f.sha256()))
        .toList();

    boolean mayWithdraw = application.getStatus().isWithdrawable() && access.canActForApplicant(userId, application);
    return new DetailPage(summary, unionName, names.name(application.getApplicantUserId()),
        DisplayDates.dateTime(application.getUpdatedAt()), ContentView.of(service.content(application), unionName),
        history, files, panel.usageText(), panel.limitsText(), panel.changesAllowed(), panel.closedReason(),
        mayWithdraw, evaluation(application, batch));
  }

  /**
   * The panel score and the per-indicator means only once the batch decision has published the results; before
   * that, at most a notice that they will follow. Everyone who may read the application sees the same: no expert.
   */
  private EvaluationView evaluation(Application application, Optional<NamingBatch> batch) {
    boolean published = batch.map(NamingBatch::getResultsPublishedAt).isPresent();
    if (published) {
      Optional<EvaluationView> result = evaluations.latestCompleted(application.getId())
          .flatMap(evaluations::explanation).map(EvaluationView::of);
      if (result.isPresent()) {
        return result.get();
      }
    }
    return application.getStatus() == ApplicationStatus.EVALUATED ? EvaluationView.pending() : null;
  }

  private String name(String organisationCode) {
    return organisations.findById(organisationCode).map(Organisation::getName).orElse(organisationCode);
  }
}

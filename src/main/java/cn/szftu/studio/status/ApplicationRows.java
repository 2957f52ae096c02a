package cn.szftu.studio.status;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns applications into display rows, with the names of their units and batches instead of codes. */
@Component
class ApplicationRows {

  private final NamingBatchRepository batches;
  private final OrganisationRepository organisations;

  ApplicationRows(NamingBatchRepository batches, OrganisationRepository organisations) {
    this.batches = batches;
    this.organisations = organisations;
  }

  List<ApplicationRow> of(List<Application> applications) {
    if (applications.isEmpty()) {
      return List.of();
    }
    Map<String, String> batchTitles = batches.findAll().stream()
        .collect(Collectors.toMap(NamingBatch::getCode, NamingBatch::getTitle));
    Map<String, String> unitNames = organisations.findAllById(applications.stream()
            .map(Application::getHostUnitCode).collect(Collectors.toSet())).stream()
        .collect(Collectors.toMap(Organisation::getCode, Organisation::getName));
    return applications.stream().map(a -> row(a, batchTitles::get, unitNames::get)).toList();
  }

  static ApplicationRow row(Application a, Function<String, String> batchTitle, Function<String, String> unitName) {
    return new ApplicationRow(a.getNumber(), a.getStudioName(), orCode(unitName.apply(a.getHostUnitCode()),
        a.getHostUnitCode()), orCode(batchTitle.apply(a.getBatchCode()), a.getBatchCode()), a.getStatus().label(),
        StatusTone.of(a.getStatus()).cssClass(), deadlineText(a), DisplayDates.dateTime(a.getSubmittedAt()));
  }

  /** "补正截止：2026年12月9日" while a deadline is open; null otherwise. */
  static String deadlineText(Application a) {
    if (a.getOpenDeadline() == null) {
      return null;
    }
    String what = a.getStatus() == ApplicationStatus.CORRECTION_REQUIRED ? "补正截止" : "办理截止";
    return what + "：" + DisplayDates.lastDay(a.getOpenDeadline());
  }

  private static String orCode(String name, String code) {
    return name == null ? code : name;
  }
}

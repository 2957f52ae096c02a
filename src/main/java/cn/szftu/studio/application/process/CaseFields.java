package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.FIELD_APPLICATION_NUMBER;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The read-only case fields every review and evaluation form shows at its top, as task-local values. */
@Component
public class CaseFields {

  public static final Set<String> KEYS = Set.of(FIELD_APPLICATION_NUMBER, "studioName", "leaderName", "hostUnitName",
      "unionName");

  private final ApplicationService applications;
  private final OrganisationRepository organisations;

  public CaseFields(ApplicationService applications, OrganisationRepository organisations) {
    this.applications = applications;
    this.organisations = organisations;
  }

  public Map<String, Object> of(long applicationId) {
    Application application = applications.get(applicationId);
    ApplicationContent content = applications.content(application);
    Map<String, Object> values = new HashMap<>();
    values.put(FIELD_APPLICATION_NUMBER, application.getNumber());
    values.put("studioName", content.studioName());
    values.put("leaderName", content.leaderName());
    values.put("hostUnitName", content.hostUnitName());
    values.put("unionName", organisations.findById(application.getUnionCode()).orElseThrow().getName());
    return values;
  }
}

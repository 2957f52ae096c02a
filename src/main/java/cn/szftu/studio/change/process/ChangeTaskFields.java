package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.change.ChangeTexts;
import cn.szftu.studio.change.StudioChange;
import cn.szftu.studio.change.StudioChangeDecision;
import cn.szftu.studio.change.StudioChangeService;
import cn.szftu.studio.change.form.ChangeRequestFields;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.registry.Studio;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The read-only part of every review form, as task-local values: the studio as the registry holds it now, the change
 * requested (old → new), the applicant's reasons and the decisions so far.
 */
@Component
public class ChangeTaskFields {

  public static final Set<String> KEYS = Set.of(ChangeRequestFields.NAMING_NUMBER, FIELD_STUDIO_NAME,
      FIELD_LEADER_NAME, FIELD_HOST_UNIT_NAME, FIELD_UNION_NAME, FIELD_CHANGE_TYPE_LABEL, FIELD_REQUESTED_CHANGE,
      FIELD_CHANGE_REASONS, FIELD_REVIEW_HISTORY);

  private final StudioChangeService changes;
  private final OrganisationRepository organisations;

  public ChangeTaskFields(StudioChangeService changes, OrganisationRepository organisations) {
    this.changes = changes;
    this.organisations = organisations;
  }

  public Map<String, Object> of(long changeId) {
    StudioChange change = changes.get(changeId);
    Studio studio = changes.studioOf(change);
    Map<String, Object> values = new HashMap<>();
    values.put(ChangeRequestFields.NAMING_NUMBER, studio.getNamingNumber());
    values.put(FIELD_STUDIO_NAME, studio.getStudioName());
    values.put(FIELD_LEADER_NAME, studio.getLeaderName());
    values.put(FIELD_HOST_UNIT_NAME, studio.getHostUnitName());
    values.put(FIELD_UNION_NAME, organisations.findById(studio.getUnionCode()).map(o -> o.getName())
        .orElse(studio.getUnionCode()));
    values.put(FIELD_CHANGE_TYPE_LABEL, change.getType().label());
    values.put(FIELD_REQUESTED_CHANGE, ChangeTexts.requested(change));
    values.put(FIELD_CHANGE_REASONS, change.getReasons());
    values.put(FIELD_REVIEW_HISTORY, history(changes.decisions(changeId)));
    return values;
  }

  /** One line per decision: when, which step, what, why and by whom. */
  static String history(List<StudioChangeDecision> decisions) {
    return decisions.stream().map(d -> DisplayDates.dateTime(d.getDecidedAt()) + "　" + d.getStep().label() + "："
        + d.getOutcome().label(d.getStep()) + (d.getReasons() == null ? "" : "。" + d.getReasons())
        + (d.getActorUserId() == null ? "" : "（" + d.getActorUserId() + "）"))
        .collect(Collectors.joining("\n"));
  }
}

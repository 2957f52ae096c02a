package cn.szftu.studio.change.form;

import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.change.ChangeType;
import java.util.List;

/**
 * A change request after validation. Exactly the part of its type is set: {@code leader} for a leader change (with an
 * optional new studio name), {@code newStudioName} for a name change, {@code hostUnit} for a host-unit change.
 */
public record ChangeRequest(String namingNumber, ChangeType type, String reasons, NewLeader leader,
    String newStudioName, NewHostUnit hostUnit) {

  /** The proposed leader, with what the leader conditions are checked on. */
  public record NewLeader(String name, String position, SkillLevel skillLevel,
      List<ApplicationContent.Honour> honours) {
  }

  /**
   * The unit the studio moves to. Within Shenzhen it is a registered host unit ({@code code} set); a unit outside
   * Shenzhen is not in the organisation tree, so only its name (and credit code, if given) is recorded.
   */
  public record NewHostUnit(boolean staysInShenzhen, String code, String creditCode, String name) {
  }

  public boolean movesOutOfShenzhen() {
    return hostUnit != null && !hostUnit.staysInShenzhen();
  }
}

package cn.szftu.studio.change.form;

import static cn.szftu.studio.change.form.ChangeRequestFields.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.application.form.FieldReader;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.change.ChangeType;
import cn.szftu.studio.change.LeaderConditions;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import cn.szftu.studio.organisation.UnifiedSocialCreditCode;
import cn.szftu.studio.registry.StudioStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one validator of a change request, run on the server for the start form and for every correction. Every
 * problem is reported at once, in Chinese, naming the field: the studio (exists, still named, the user's own unit's,
 * no other change running), the change type and the fields it requires, the new leader's honours against the leader
 * conditions, name lengths, the new host unit in the organisation tree, and fields that do not belong to the form
 * or to the chosen type.
 */
@Component
public class ChangeRequestValidator {

  static final int MAX_REASONS = 2000;
  static final int MIN_STUDIO_NAME = 2;
  static final int MAX_STUDIO_NAME = 100;
  static final int MAX_PERSON_NAME = 50;
  static final int MAX_POSITION = 100;
  static final int MAX_UNIT_NAME = 200;
  static final int MAX_HONOURS = 20;

  private final LeaderConditions leaderConditions;

  public ChangeRequestValidator(LeaderConditions leaderConditions) {
    this.leaderConditions = leaderConditions;
  }

  /** The studio as the registry holds it now. */
  public record StudioFacts(long id, String namingNumber, StudioStatus status, String studioName, String leaderName,
      String hostUnitCode, String hostUnitName) {
  }

  /** A host unit of the organisation tree. */
  public record RegisteredUnit(String code, String name) {
  }

  /** What the validator needs to know beyond the submitted values. */
  public interface Context {

    Optional<StudioFacts> studio(String namingNumber);

    /** The codes of the host units the user belongs to. */
    Set<String> userUnitCodes();

    /** The active host unit with this credit code. */
    Optional<RegisteredUnit> hostUnit(String creditCode);

    /** When another change of the studio that is still open was requested (not the one being corrected). */
    Optional<Instant> openChangeRequestedAt(long studioId);

    LocalDate today();
  }

  public record Result(ChangeRequest request, StudioFacts studio) {
  }

  /** Whether the studio stays in Shenzhen after a host-unit change. */
  public enum StaysInShenzhen { YES, NO }

  public Result validate(Map<String, Object> values, Context context) {
    FieldReader in = new FieldReader(values, ChangeRequestFields::label);
    in.refuseUnknown(KEYS);

    String number = in.text(NAMING_NUMBER, true, 30);
    StudioFacts studio = number == null ? null : studio(in, number.toUpperCase(Locale.ROOT), context);
    ChangeType type = in.choice(CHANGE_TYPE, true, ChangeType.class);
    String reasons = in.text(CHANGE_REASONS, true, MAX_REASONS);

    ChangeRequest.NewLeader leader = null;
    String newName = null;
    ChangeRequest.NewHostUnit hostUnit = null;
    if (type == ChangeType.LEADER) {
      leader = leader(in, studio, context.today());
      newName = studioName(in, false, studio, "工作室名称不变时请留空");
      notForType(in, values, HOST_UNIT_FIELDS, "依托单位变更");
    } else if (type == ChangeType.NAME) {
      newName = studioName(in, true, studio, "名称变更须填写新的名称");
      notForType(in, values, LEADER_FIELDS, "负责人变更");
      notForType(in, values, HOST_UNIT_FIELDS, "依托单位变更");
    } else if (type == ChangeType.HOST_UNIT) {
      hostUnit = hostUnit(in, studio, context);
      notForType(in, values, LEADER_FIELDS, "负责人变更");
      notForType(in, values, Set.of(NEW_STUDIO_NAME), "负责人变更或名称变更");
    }
    if (!in.problems().isEmpty()) {
      throw new InvalidSubmissionException(in.problems());
    }
    return new Result(new ChangeRequest(studio.namingNumber(), type, reasons, leader, newName, hostUnit), studio);
  }

  private static StudioFacts studio(FieldReader in, String number, Context context) {
    Optional<StudioFacts> found = context.studio(number);
    if (found.isEmpty()) {
      in.problem(NAMING_NUMBER, "名录中没有命名编号为“" + abbreviate(number) + "”的工作室，请核对（可在工作室名录中查询）");
      return null;
    }
    StudioFacts studio = found.get();
    if (!studio.status().isStanding()) {
      in.problem(NAMING_NUMBER, "该工作室当前为“" + studio.status().label() + "”，已撤销的工作室不能申请变更");
    }
    if (context.userUnitCodes().isEmpty()) {
      in.problem(NAMING_NUMBER, "您的账号未关联任何申报单位，请联系系统管理员");
      return studio;
    } else if (!context.userUnitCodes().contains(studio.hostUnitCode())) {
      in.problem(NAMING_NUMBER, "该工作室的依托单位是“" + studio.hostUnitName()
          + "”，不是您所在的单位；只能为本单位的工作室申请变更");
      // Another unit's pending requests are none of this user's business.
      return studio;
    }
    context.openChangeRequestedAt(studio.id()).ifPresent(since -> in.problem(NAMING_NUMBER,
        "该工作室已有一项变更申请正在办理（" + DisplayDates.dateTime(since) + " 提交），办结后才能再次申请"));
    return studio;
  }

  private ChangeRequest.NewLeader leader(FieldReader in, StudioFacts studio, LocalDate today) {
    String name = in.text(NEW_LEADER_NAME, true, MAX_PERSON_NAME);
    if (name != null && studio != null && name.equals(studio.leaderName())) {
      in.problem(NEW_LEADER_NAME, "与现领衔人相同；负责人变更须填写新的领衔人");
    }
    String position = in.text(NEW_LEADER_POSITION, true, MAX_POSITION);
    SkillLevel skill = in.choice(NEW_LEADER_SKILL_LEVEL, true, SkillLevel.class);
    int problemsBefore = in.problems().size();
    List<FieldReader> rows = in.rows(NEW_LEADER_HONOURS, MAX_HONOURS);
    List<ApplicationContent.Honour> honours = new ArrayList<>();
    for (FieldReader row : rows) {
      row.refuseUnknown(Set.of(HONOUR_TYPE, HONOUR_LEVEL, HONOUR_YEAR, HONOUR_TITLE));
      HonourType type = row.choice(HONOUR_TYPE, true, HonourType.class);
      HonourLevel level = row.choice(HONOUR_LEVEL, true, HonourLevel.class);
      Integer year = row.integer(HONOUR_YEAR, true, 1950, today.getYear());
      String title = row.text(HONOUR_TITLE, true, MAX_STUDIO_NAME);
      if (type != null && level != null && year != null && title != null) {
        honours.add(new ApplicationContent.Honour(type, level, year, title));
      }
    }
    if (rows.isEmpty() && in.problems().size() == problemsBefore) {
      in.problem(NEW_LEADER_HONOURS, "至少填写一项新领衔人荣誉，用以核对领衔人条件");
    } else if (in.problems().size() == problemsBefore) {
      // Judged only on a complete list: a half-filled row must not count as the missing qualification.
      leaderConditions.failure(honours).ifPresent(failure -> in.problem(NEW_LEADER_HONOURS, failure));
    }
    return new ChangeRequest.NewLeader(name, position, skill, honours);
  }

  private static String studioName(FieldReader in, boolean required, StudioFacts studio, String whenUnchanged) {
    String name = in.text(NEW_STUDIO_NAME, required, MAX_STUDIO_NAME);
    if (name == null) {
      return null;
    }
    if (name.length() < MIN_STUDIO_NAME) {
      in.problem(NEW_STUDIO_NAME, "至少 " + MIN_STUDIO_NAME + " 个字符");
    } else if (studio != null && name.equals(studio.studioName())) {
      in.problem(NEW_STUDIO_NAME, "与现名称相同；" + whenUnchanged);
    }
    return name;
  }

  private static ChangeRequest.NewHostUnit hostUnit(FieldReader in, StudioFacts studio, Context context) {
    StaysInShenzhen stays = in.choice(STAYS_IN_SHENZHEN, true, StaysInShenzhen.class);
    String creditCode = in.text(NEW_HOST_UNIT_CREDIT_CODE, stays == StaysInShenzhen.YES, 18);
    String name = in.text(NEW_HOST_UNIT_NAME, true, MAX_UNIT_NAME);
    if (creditCode != null) {
      creditCode = creditCode.toUpperCase(Locale.ROOT);
      if (!UnifiedSocialCreditCode.isValid(creditCode)) {
        in.problem(NEW_HOST_UNIT_CREDIT_CODE, "“" + abbreviate(creditCode)
            + "”不是有效的统一社会信用代码（18 位，校验位按 GB 32100 计算）");
        creditCode = null;
      }
    }
    if (stays != StaysInShenzhen.YES) {
      return stays == null ? null : new ChangeRequest.NewHostUnit(false, null, creditCode, name);
    }
    if (creditCode == null) {
      return null;
    }
    Optional<RegisteredUnit> unit = context.hostUnit(creditCode);
    if (unit.isEmpty()) {
      in.problem(NEW_HOST_UNIT_CREDIT_CODE, "统一社会信用代码为“" + creditCode
          + "”的单位尚未在组织架构中登记为申报单位；请先联系市总工会将其登记，再申请变更");
      return null;
    }
    if (studio != null && unit.get().code().equals(studio.hostUnitCode())) {
      in.problem(NEW_HOST_UNIT_CREDIT_CODE, "与现依托单位相同；依托单位变更须填写新的单位");
    }
    if (name != null && !name.equals(unit.get().name())) {
      in.problem(NEW_HOST_UNIT_NAME, "与组织架构中登记的单位名称“" + unit.get().name() + "”不一致");
    }
    return new ChangeRequest.NewHostUnit(true, unit.get().code(), creditCode, unit.get().name());
  }

  /** Values of another type's fields are refused rather than silently dropped: the user may have chosen wrongly. */
  private static void notForType(FieldReader in, Map<String, Object> values, Set<String> keys, String typeLabel) {
    keys.stream().sorted().filter(key -> present(values.get(key)))
        .forEach(key -> in.problem(key, "仅在变更类型为“" + typeLabel + "”时填写"));
  }

  private static boolean present(Object raw) {
    if (raw == null) {
      return false;
    }
    if (raw instanceof String s) {
      return !s.isBlank() && !s.strip().equals("[]");
    }
    if (raw instanceof List<?> list) {
      return !list.isEmpty();
    }
    return true;
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}

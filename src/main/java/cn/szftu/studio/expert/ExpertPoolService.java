package cn.szftu.studio.expert;

import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.security.Groups;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool as administrators keep it: an expert is a Camunda user (created in Admin) with a pool row. Saving a
 * row checks every value and that the organisations exist, and makes the user a member of the experts group.
 */
@Service
public class ExpertPoolService {

  static final int MAX_NAME = 100;
  static final int MAX_EMPLOYER = 200;
  static final int MAX_INDUSTRY = 100;

  private final ExpertRepository experts;
  private final OrganisationRepository organisations;
  private final IdentityService identityService;
  private final Clock clock;

  public ExpertPoolService(ExpertRepository experts, OrganisationRepository organisations,
      IdentityService identityService, Clock clock) {
    this.experts = experts;
    this.organisations = organisations;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ExpertProfile> list() {
    return experts.findAllByOrderById().stream().map(Expert::toProfile).toList();
  }

  /** Adds or changes an expert; answers whether the row is new. Refused values change nothing. */
  @Transactional
  public boolean save(String id, ExpertInput input) {
    List<String> problems = new ArrayList<>();
    if (identityService.createUserQuery().userId(id).count() == 0) {
      problems.add("用户 " + id + " 不存在：请先在 Admin 中创建该专家的用户");
    }
    String name = required(input.name(), "name", "姓名", MAX_NAME, problems);
    String employer = required(input.employerName(), "employerName", "工作单位", MAX_EMPLOYER, problems);
    String industry = required(input.industry(), "industry", "专业领域", MAX_INDUSTRY, problems);
    String employerCode = organisation(input.employerCode(), OrganisationKind.HOST_UNIT, "employerCode",
        "工作单位代码", "申报单位", problems);
    String unionCode = organisation(input.unionCode(), OrganisationKind.RECOMMENDING_UNION, "unionCode",
        "所属工会代码", "推荐单位（工会）", problems);
    if (input.active() == null) {
      problems.add("active（是否可抽取）：请填写 true 或 false");
    }
    if (!problems.isEmpty()) {
      throw new InvalidExpertException(problems);
    }
    Optional<Expert> existing = experts.findById(id);
    Expert expert = existing.orElseGet(() -> new Expert(id));
    if (expert.apply(new ExpertProfile(id, name, employer, employerCode, industry, unionCode, input.active()),
        clock.instant())) {
      experts.save(expert);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(Groups.EXPERTS).count() == 0) {
      identityService.createMembership(id, Groups.EXPERTS);
    }
    return existing.isEmpty();
  }

  private static String required(String value, String field, String label, int max, List<String> problems) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      problems.add(field + "（" + label + "）：不能为空");
    } else if (text.length() > max) {
      problems.add(field + "（" + label + "）：不能超过 " + max + " 个字符（现为 " + text.length() + " 个）");
    }
    return text;
  }

  private String organisation(String code, OrganisationKind kind, String field, String label, String kindLabel,
      List<String> problems) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Optional<Organisation> found = organisations.findById(code.strip());
    if (found.isEmpty() || found.get().getKind() != kind || !found.get().isActive()) {
      problems.add(field + "（" + label + "）：“" + code.strip() + "”不是组织架构中的" + kindLabel);
      return null;
    }
    return found.get().getCode();
  }

  /** What an administrator sends for one expert. */
  public record ExpertInput(String name, String employerName, String employerCode, String industry,
      String unionCode, Boolean active) {
  }
}

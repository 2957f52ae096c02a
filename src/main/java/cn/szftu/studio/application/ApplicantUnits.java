package cn.szftu.studio.application;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.security.Groups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** The host units a user belongs to: their unit-&lt;code&gt; groups, matched to active host units of the tree. */
@Component
public class ApplicantUnits {

  private final IdentityService identityService;
  private final OrganisationRepository organisations;

  public ApplicantUnits(IdentityService identityService, OrganisationRepository organisations) {
    this.identityService = identityService;
    this.organisations = organisations;
  }

  public List<Organisation> units(String userId) {
    Set<String> codes = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .filter(id -> id.startsWith(Groups.UNIT_PREFIX)).map(id -> id.substring(Groups.UNIT_PREFIX.length()))
        .collect(Collectors.toSet());
    return organisations.findAllById(codes).stream()
        .filter(o -> o.isActive() && o.getKind() == OrganisationKind.HOST_UNIT).toList();
  }

  public Set<String> creditCodes(String userId) {
    return units(userId).stream().map(Organisation::getCreditCode).collect(Collectors.toSet());
  }

  public Organisation unitWithCreditCode(String userId, String creditCode) {
    return units(userId).stream().filter(u -> u.getCreditCode().equals(creditCode)).findFirst()
        .orElseThrow(() -> new InvalidSubmissionException(new FieldProblem("hostUnitCreditCode",
            "申报单位统一社会信用代码", "与您所在申报单位登记的统一社会信用代码不一致，只能为本单位申报")));
  }
}

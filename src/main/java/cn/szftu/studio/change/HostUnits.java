package cn.szftu.studio.change;

import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Host units of the organisation tree by their 统一社会信用代码: a studio can only move to a registered one. */
interface HostUnits extends Repository<Organisation, String> {

  Optional<Organisation> findByCreditCodeAndKindAndActiveTrue(String creditCode, OrganisationKind kind);
}

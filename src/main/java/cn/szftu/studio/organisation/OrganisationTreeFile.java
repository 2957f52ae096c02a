package cn.szftu.studio.organisation;

import java.util.List;

/** The shape of organisation-tree.yaml, bound by Jackson before validation. */
record OrganisationTreeFile(City city, List<Union> recommendingUnions) {

  record City(String code, String name) {
  }

  record Union(String code, String name, UnionCategory category, List<HostUnit> hostUnits) {
  }

  record HostUnit(String code, String name, String creditCode) {
  }
}

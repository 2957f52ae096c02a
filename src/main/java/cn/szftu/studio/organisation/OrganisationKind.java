package cn.szftu.studio.organisation;

/** The three levels of the tree: the city federation, the unions that recommend, the units that host studios. */
public enum OrganisationKind {
  CITY,
  RECOMMENDING_UNION,
  HOST_UNIT
}

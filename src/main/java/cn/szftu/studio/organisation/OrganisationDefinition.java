package cn.szftu.studio.organisation;

/** One organisation as the tree file describes it, already validated. */
public record OrganisationDefinition(
    String code,
    String name,
    OrganisationKind kind,
    UnionCategory category,
    String parentCode,
    String creditCode,
    int sortOrder) {
}

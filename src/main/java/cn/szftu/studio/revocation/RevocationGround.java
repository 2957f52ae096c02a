package cn.szftu.studio.revocation;

import java.util.Optional;

/**
 * Why a named studio loses its title (SPEC §3.7). The names are part of the contract with the processes that call
 * studio-revocation (variable {@code revocationGround}); the labels are what users and the public registry read.
 */
public enum RevocationGround {
  FAILED_REASSESSMENT("复核整改后仍不合格"),
  FRAUD("申报弄虚作假"),
  UNIT_CLOSED_OR_MOVED("依托单位关闭或迁出深圳"),
  LEADER_GONE("负责人离职且无合格继任者"),
  SERIOUS_INCIDENT("发生重大安全质量事故"),
  DISHONESTY_LISTING("被列入失信名单");

  private final String label;

  RevocationGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The ground of that exact name, if any (no case folding: the value comes from a form's option list). */
  public static Optional<RevocationGround> of(Object name) {
    for (RevocationGround ground : values()) {
      if (ground.name().equals(name)) {
        return Optional.of(ground);
      }
    }
    return Optional.empty();
  }
}

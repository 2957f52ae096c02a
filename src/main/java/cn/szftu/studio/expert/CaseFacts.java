package cn.szftu.studio.expert;

import java.util.Set;

/**
 * The facts of one application that decide conflicts of interest.
 *
 * @param hostUnitCode          organisation code of the host unit (依托单位)
 * @param hostUnitName          its name, compared with employer names of experts whose employer has no code
 * @param recommendingUnionCode organisation code of the recommending union
 * @param involvedUserIds       users who already took part in this case (recommendation, initial review, an earlier
 *                              panel), supplied by the caller
 */
public record CaseFacts(String hostUnitCode, String hostUnitName, String recommendingUnionCode,
    Set<String> involvedUserIds) {

  public CaseFacts {
    involvedUserIds = involvedUserIds == null ? Set.of() : Set.copyOf(involvedUserIds);
  }
}

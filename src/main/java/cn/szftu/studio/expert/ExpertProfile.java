package cn.szftu.studio.expert;

import java.util.Objects;

/**
 * What the conflict rules and the draw need to know about one expert, free of JPA and Camunda.
 *
 * @param id           the expert's Camunda user id
 * @param name         full name in Chinese
 * @param employerName the employer's name as written
 * @param employerCode the employer's organisation code when it is a host unit in the tree, otherwise null
 * @param industry     short industry label
 * @param unionCode    the union the expert is affiliated with (organisation code), or null
 * @param active       whether the expert may be drawn at all
 */
public record ExpertProfile(String id, String name, String employerName, String employerCode, String industry,
    String unionCode, boolean active) {

  public ExpertProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}

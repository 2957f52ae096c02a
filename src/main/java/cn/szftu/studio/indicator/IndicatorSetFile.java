package cn.szftu.studio.indicator;

import java.math.BigDecimal;
import java.util.List;

/** The shape of an indicator-set file (YAML, or JSON of the same shape), before validation. */
public record IndicatorSetFile(String version, String title, List<Node> indicators) {

  /** One indicator of any level; {@code children} holds the next level down. */
  public record Node(String id, String name, BigDecimal max, String hint, List<Node> children) {
  }
}

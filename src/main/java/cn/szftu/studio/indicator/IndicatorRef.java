package cn.szftu.studio.indicator;

import java.math.BigDecimal;

/** A parent of a scoring item: its id, name and maximum. */
public record IndicatorRef(String id, String name, BigDecimal max) {
}

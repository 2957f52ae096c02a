package cn.szftu.studio.indicator;

import java.math.BigDecimal;

/** A third-level indicator that experts score within [0, max], with its second- and first-level parents. */
public record ThirdLevelItem(String id, String name, BigDecimal max, String hint, IndicatorRef secondLevel,
    IndicatorRef firstLevel) {
}

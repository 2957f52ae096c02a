package cn.szftu.studio.indicator;

/** Published when a new indicator-set version has been stored, so that whatever is built from it can be built. */
public record IndicatorSetStored(String version) {
}

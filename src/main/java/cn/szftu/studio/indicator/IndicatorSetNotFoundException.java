package cn.szftu.studio.indicator;

/** No stored indicator set has the version asked for. */
public class IndicatorSetNotFoundException extends RuntimeException {

  public IndicatorSetNotFoundException(String version) {
    super(version == null ? "尚未加载默认指标体系" : "指标体系版本 " + version + " 不存在");
  }
}

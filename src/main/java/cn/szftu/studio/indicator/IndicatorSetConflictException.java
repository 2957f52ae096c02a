package cn.szftu.studio.indicator;

/** A version id that is already stored was loaded again with different content. */
public class IndicatorSetConflictException extends RuntimeException {

  public IndicatorSetConflictException(String version) {
    super("版本 " + version + " 已存在且内容不同，已加载的版本不能修改；请使用新的版本号");
  }
}

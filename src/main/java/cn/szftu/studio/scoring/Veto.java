package cn.szftu.studio.scoring;

import java.util.Objects;

/** A veto flag raised on one score sheet, with the facts the expert relies on. */
public record Veto(VetoFlag flag, String facts) {

  public Veto {
    Objects.requireNonNull(flag, "flag");
  }
}

package cn.szftu.studio.expert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one draw, kept with the case so it can be reproduced and audited.
 *
 * @param drawn     the drawn expert ids in draw order
 * @param seed      the seed the draw used
 * @param requested how many experts were asked for
 * @param excluded  experts left out, by id (sorted), each with its reasons
 * @param enough    whether {@code requested} eligible experts existed; when false {@code drawn} holds all eligible
 *                  ones and the caller opens a task for the city office
 */
public record DrawResult(List<String> drawn, long seed, int requested, Map<String, List<String>> excluded,
    boolean enough) {

  public DrawResult {
    drawn = List.copyOf(drawn);
    excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
  }
}

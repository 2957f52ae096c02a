package cn.szftu.studio.evaluation;

import java.util.Optional;

/**
 * What a caller of the evaluation tells its experts about the case beyond the application: a re-assessment says which
 * one it is and, after rectification, what the host unit reported. Implemented where that is known, so the evaluation
 * does not depend on its callers.
 */
public interface ReviewBriefs {

  /** The brief for an evaluation of this purpose, or empty when this implementation has nothing to say. */
  Optional<String> brief(Evaluation evaluation);
}

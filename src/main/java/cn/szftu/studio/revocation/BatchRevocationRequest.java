package cn.szftu.studio.revocation;

import java.util.Map;
import java.util.Set;

/** The start form of batch-revocation: the naming batch, the ground and the basis shared by all its studios. */
public record BatchRevocationRequest(String batchCode, RevocationGround ground, String basis, FormProblems problems) {

  public static final int MAX_BATCH_CODE = 20;
  static final String LABEL_BATCH_CODE = "命名批次编号";

  public static final Set<String> FORM_FIELDS = Set.of(BatchRevocationProcess.FIELD_BATCH_CODE,
      BatchRevocationProcess.FIELD_GROUND, BatchRevocationProcess.FIELD_BASIS);

  public static BatchRevocationRequest read(Map<String, Object> values) {
    FormProblems problems = new FormProblems(values).onlyFields(FORM_FIELDS);
    String code = problems.text(BatchRevocationProcess.FIELD_BATCH_CODE, LABEL_BATCH_CODE, true, MAX_BATCH_CODE);
    RevocationGround ground = problems.choice(BatchRevocationProcess.FIELD_GROUND, RevocationRequest.LABEL_GROUND,
        RevocationGround.class);
    String basis = problems.text(BatchRevocationProcess.FIELD_BASIS, RevocationRequest.LABEL_BASIS, true,
        RevocationRequest.MAX_BASIS);
    return new BatchRevocationRequest(code, ground, basis, problems);
  }
}

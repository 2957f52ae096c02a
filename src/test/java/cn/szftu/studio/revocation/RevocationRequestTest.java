package cn.szftu.studio.revocation;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.FieldProblem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the start form and the call contract's in-variables; every problem named at once. */
class RevocationRequestTest {

  @Test
  void readsTheStartForm() {
    RevocationRequest request = RevocationRequest.read(form(" SZMGCX-2026-001 ", "FRAUD", "  伪造专利证书。 "));

    assertThat(request.called()).isFalse();
    assertThat(request.namingNumber()).isEqualTo("SZMGCX-2026-001");
    assertThat(request.ground()).isEqualTo(RevocationGround.FRAUD);
    assertThat(request.basis()).isEqualTo("伪造专利证书。");
    assertThat(request.problems().isEmpty()).isTrue();
  }

  @Test
  void readsTheCallContract() {
    RevocationRequest request = RevocationRequest.read(Map.of(VAR_STUDIO_ID, 7L, VAR_GROUND, "FAILED_REASSESSMENT",
        VAR_BASIS, "复核仍不合格。"));

    assertThat(request.called()).isTrue();
    assertThat(request.studioId()).isEqualTo(7L);
    assertThat(request.namingNumber()).isNull();
    assertThat(request.ground()).isEqualTo(RevocationGround.FAILED_REASSESSMENT);
    assertThat(request.problems().isEmpty()).isTrue();
  }

  @Test
  void listsEveryProblemWithItsFieldAtOnce() {
    Map<String, Object> values = form("", "fraud", "x".repeat(2001));
    values.put("leaderName", "张三");

    assertThat(RevocationRequest.read(values).problems().problems()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("leaderName", FIELD_NAMING_NUMBER, VAR_GROUND, VAR_BASIS);
    assertThat(RevocationRequest.read(values).problems().problems()).extracting(FieldProblem::toString)
        .contains("撤销事由（revocationGround）：“fraud”不是可选的撤销事由",
            "事实与依据（revocationBasis）：不能超过 2000 个字符（现为 2001 个）",
            "leaderName（leaderName）：不是本表单的字段");
  }

  @Test
  void aCallerMustPassAWholeStudioIdAndOnlyTheContractsVariables() {
    RevocationRequest request = RevocationRequest.read(Map.of(VAR_STUDIO_ID, 1.5, VAR_GROUND, "FRAUD",
        VAR_BASIS, "事实", "namingNumber", "SZMGCX-2026-001"));

    assertThat(request.problems().problems()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(VAR_STUDIO_ID, FIELD_NAMING_NUMBER);
  }

  @Test
  void theBatchFormNeedsItsBatchGroundAndBasis() {
    BatchRevocationRequest request = BatchRevocationRequest.read(new HashMap<>(Map.of("batchCode", "2026",
        VAR_GROUND, "DISHONESTY_LISTING", VAR_BASIS, "整批命名决定被撤销。")));
    assertThat(request.problems().isEmpty()).isTrue();
    assertThat(request.ground()).isEqualTo(RevocationGround.DISHONESTY_LISTING);

    assertThat(BatchRevocationRequest.read(new HashMap<>(Map.of("studioId", 1L))).problems().problems())
        .extracting(FieldProblem::field).containsExactlyInAnyOrder("studioId", "batchCode", VAR_GROUND, VAR_BASIS);
  }

  private static Map<String, Object> form(String number, String ground, String basis) {
    Map<String, Object> values = new HashMap<>();
    values.put(FIELD_NAMING_NUMBER, number);
    values.put(VAR_GROUND, ground);
    values.put(VAR_BASIS, basis);
    return values;
  }
}

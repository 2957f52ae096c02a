package cn.szftu.studio.revocation;

import java.util.Map;
import java.util.Set;

/**
 * What starting a revocation asks for, read from the start form (the studio by naming number) or from a calling
 * process's in-variables (the studio by id). Field problems are collected in {@code problems}; the studio itself is
 * checked by {@link RevocationService}, which adds its own problems before refusing.
 */
public record RevocationRequest(String namingNumber, Long studioId, RevocationGround ground, String basis,
    boolean called, FormProblems problems) {

  public static final int MAX_BASIS = 2000;
  public static final int MAX_NAMING_NUMBER = 30;

  static final String LABEL_NAMING_NUMBER = "工作室命名编号";
  static final String LABEL_STUDIO_ID = "工作室";
  static final String LABEL_GROUND = "撤销事由";
  static final String LABEL_BASIS = "事实与依据";

  /** Start-form fields of studio-revocation. */
  public static final Set<String> FORM_FIELDS = Set.of(StudioRevocationProcess.FIELD_NAMING_NUMBER,
      StudioRevocationProcess.VAR_GROUND, StudioRevocationProcess.VAR_BASIS);
  /** In-variables of a call (CONTRACTS: "Calling revocation"). */
  public static final Set<String> CALL_VARIABLES = Set.of(StudioRevocationProcess.VAR_STUDIO_ID,
      StudioRevocationProcess.VAR_GROUND, StudioRevocationProcess.VAR_BASIS);

  /** A caller passes {@code studioId}; the start form passes {@code namingNumber}. */
  public static RevocationRequest read(Map<String, Object> values) {
    boolean called = values.containsKey(StudioRevocationProcess.VAR_STUDIO_ID);
    FormProblems problems = new FormProblems(values).onlyFields(called ? CALL_VARIABLES : FORM_FIELDS);
    String number = null;
    Long studioId = null;
    if (called) {
      studioId = problems.id(StudioRevocationProcess.VAR_STUDIO_ID, LABEL_STUDIO_ID);
    } else {
      number = problems.text(StudioRevocationProcess.FIELD_NAMING_NUMBER, LABEL_NAMING_NUMBER, true,
          MAX_NAMING_NUMBER);
    }
    RevocationGround ground = problems.choice(StudioRevocationProcess.VAR_GROUND, LABEL_GROUND,
        RevocationGround.class);
    String basis = problems.text(StudioRevocationProcess.VAR_BASIS, LABEL_BASIS, true, MAX_BASIS);
    return new RevocationRequest(number, studioId, ground, basis, called, problems);
  }

  /** The field that names the studio, for problems about the studio itself. */
  String studioField() {
    return called ? StudioRevocationProcess.VAR_STUDIO_ID : StudioRevocationProcess.FIELD_NAMING_NUMBER;
  }

  String studioLabel() {
    return called ? LABEL_STUDIO_ID : LABEL_NAMING_NUMBER;
  }
}

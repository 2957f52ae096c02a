package cn.szftu.studio.revocation;

/** How a revocation case began: the city office's start form, a calling process, or a batch revocation. */
public enum RevocationOrigin {
  FORM,
  CALLED,
  BATCH
}

package cn.szftu.studio.security;

/** Start-up cannot continue until the environment provides a usable first administrator. */
public class AdministratorSetupException extends IllegalStateException {

  public AdministratorSetupException(String message) {
    super(message);
  }
}

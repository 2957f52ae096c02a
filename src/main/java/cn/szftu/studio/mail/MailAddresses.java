package cn.szftu.studio.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether an address from a user's account can be mailed at all; a typo in Admin must not block the outbox. */
final class MailAddresses {

  private MailAddresses() {
  }

  static boolean isPlausible(String address) {
    String value = address.strip();
    if (value.isEmpty() || value.length() > 254) {
      return false;
    }
    try {
      new InternetAddress(value, true).validate();
      return value.indexOf('@') > 0;
    } catch (AddressException e) {
      return false;
    }
  }
}

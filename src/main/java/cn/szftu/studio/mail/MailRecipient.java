package cn.szftu.studio.mail;

/** A user who can receive mail: id, the name to greet them by, and their address. */
public record MailRecipient(String userId, String name, String address) {
}

package cn.szftu.studio.notice;

/**
 * An objection as lodged on the public page, already checked field by field (the web layer's validator): name,
 * mobile, facts as plain text, optional evidence with its type detected from the bytes.
 */
public record NewObjection(String applicationNumber, String objectorName, String objectorMobile, String facts,
    byte[] evidence, String evidenceName, String evidenceType, String remoteAddress) {
}

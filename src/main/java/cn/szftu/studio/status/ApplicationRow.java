package cn.szftu.studio.status;

/** One line of the 我的申报 list. */
public record ApplicationRow(String number, String studioName, String unitName, String batchTitle, String statusLabel,
    String statusClass, String deadlineText, String submittedText) {
}

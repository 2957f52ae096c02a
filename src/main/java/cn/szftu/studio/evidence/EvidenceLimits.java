package cn.szftu.studio.evidence;

import cn.szftu.studio.application.form.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Every limit on evidence files, in one place. Spring's multipart limits (application.yaml: 20MB per file, 25MB per
 * request) only protect the server; these are the rules the applicant is told about, so the multipart limits must
 * never be lower than {@link #MAX_FILE_BYTES}.
 */
public final class EvidenceLimits {

  /** 20 MB in the same sense as Spring's "20MB" (MiB), so a file the multipart layer accepts is not refused here. */
  public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
  public static final int MAX_FILES_PER_APPLICATION = 30;
  public static final long MAX_BYTES_PER_APPLICATION = 200L * 1024 * 1024;
  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_DESCRIPTION_LENGTH = 200;

  static final String FIELD_FILE = "file";
  static final String LABEL_FILE = "证明材料文件";
  static final String FIELD_DESCRIPTION = "description";
  static final String LABEL_DESCRIPTION = "材料说明";

  private EvidenceLimits() {
  }

  /** What is wrong with adding a file of this size to an application that already holds the given files. */
  static List<FieldProblem> check(long size, long filesSoFar, long bytesSoFar) {
    List<FieldProblem> problems = new ArrayList<>();
    if (size <= 0) {
      problems.add(fileProblem("文件为空（0 字节），请重新选择文件"));
      return problems;
    }
    if (size > MAX_FILE_BYTES) {
      problems.add(fileProblem("文件大小为 " + FileSizes.textRoundedUp(size) + "，超过单个文件 " + FileSizes.text(MAX_FILE_BYTES)
          + " 的上限，请压缩或拆分后再上传"));
    }
    if (filesSoFar >= MAX_FILES_PER_APPLICATION) {
      problems.add(fileProblem("每个申报最多上传 " + MAX_FILES_PER_APPLICATION + " 个文件，已上传 " + filesSoFar
          + " 个；如需替换，请先删除不需要的文件"));
    } else if (bytesSoFar + size > MAX_BYTES_PER_APPLICATION) {
      problems.add(fileProblem("每个申报的文件合计不超过 " + FileSizes.text(MAX_BYTES_PER_APPLICATION) + "，已上传 "
          + FileSizes.text(bytesSoFar) + "，加上本文件（" + FileSizes.text(size) + "）将超出上限"));
    }
    return problems;
  }

  /** The sentence shown next to the upload form. */
  public static String summary() {
    return "支持 PDF、JPG、PNG 文件，单个文件不超过 " + FileSizes.text(MAX_FILE_BYTES) + "；每个申报最多 "
        + MAX_FILES_PER_APPLICATION + " 个文件，合计不超过 " + FileSizes.text(MAX_BYTES_PER_APPLICATION) + "。";
  }

  static FieldProblem fileProblem(String message) {
    return new FieldProblem(FIELD_FILE, LABEL_FILE, message);
  }
}

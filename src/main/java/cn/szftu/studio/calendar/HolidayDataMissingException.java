package cn.szftu.studio.calendar;

/**
 * Raised instead of guessing from weekends alone when a year has neither library nor override holiday data: a
 * deadline computed without the statutory arrangement would be silently wrong by up to a week.
 */
public class HolidayDataMissingException extends RuntimeException {

  private final int year;

  public HolidayDataMissingException(int year) {
    super("缺少 " + year + " 年的法定节假日安排，请管理员补充节假日数据后再试");
    this.year = year;
  }

  public int getYear() {
    return year;
  }
}

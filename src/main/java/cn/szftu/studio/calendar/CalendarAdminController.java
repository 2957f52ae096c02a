package cn.szftu.studio.calendar;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets administrators see which years have holiday data and enter a year the library lacks. */
@RestController
@RequestMapping("/api/admin/calendar")
public class CalendarAdminController {

  private final HolidayOverrideService service;

  public CalendarAdminController(HolidayOverrideService service) {
    this.service = service;
  }

  @GetMapping("/years")
  public List<YearCoverageView> years() {
    return service.years();
  }

  @GetMapping("/overrides")
  public YearOverridesView overrides(@RequestParam int year) {
    return service.overrides(year);
  }

  @PutMapping("/overrides/{year}")
  public YearOverridesView replace(@PathVariable int year, @RequestBody YearOverridesRequest request) {
    return service.replace(year, request);
  }
}

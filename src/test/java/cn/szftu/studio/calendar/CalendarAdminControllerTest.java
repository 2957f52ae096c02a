package cn.szftu.studio.calendar;

import static cn.szftu.studio.calendar.CalendarJpaTest.SOURCE;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The endpoint without the security chain, which is configured and tested elsewhere. */
@CalendarJpaTest
class CalendarAdminControllerTest {

  private static final String FICTIONAL_2027 = """
      {"source": "%s",
       "holidays": [{"date": "2027-01-02", "name": "元旦"}, {"date": "2027-01-01", "name": "元旦"}],
       "workdays": [{"date": "2027-01-09", "name": "元旦调休上班"}]}
      """.formatted(SOURCE);

  @Autowired
  private HolidayOverrideService service;
  @Autowired
  private WorkingDays workingDays;
  @Autowired
  private CalendarYearRepository yearRows;
  @Autowired
  private CalendarOverrideRepository overrideRows;
  @Autowired
  private ObjectMapper objectMapper;
  @Autowired
  private MutableClock clock;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    overrideRows.deleteAll();
    yearRows.deleteAll();
    workingDays.invalidateOverrides();
    mvc = MockMvcBuilders.standaloneSetup(new CalendarAdminController(service))
        .setControllerAdvice(new CalendarAdminErrors())
        .setMessageConverters(new MappingJackson2HttpMessageConverter(objectMapper))
        .build();
  }

  @Test
  void putReplacesTheYearAndGetReadsItBack() throws Exception {
    mvc.perform(put("/api/admin/calendar/overrides/2027").contentType(MediaType.APPLICATION_JSON)
            .content(FICTIONAL_2027))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2027))
        .andExpect(jsonPath("$.holidays[0].date").value("2027-01-01"));

    mvc.perform(get("/api/admin/calendar/overrides").param("year", "2027"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value(SOURCE))
        .andExpect(jsonPath("$.library").value(false))
        .andExpect(jsonPath("$.loadedAt").value(clock.instant().toString()))
        .andExpect(jsonPath("$.holidays.length()").value(2))
        .andExpect(jsonPath("$.workdays[0].date").value("2027-01-09"))
        .andExpect(jsonPath("$.workdays[0].name").value("元旦调休上班"));
  }

  @Test
  void yearsListsLibraryYearsThenOverrideYears() throws Exception {
    mvc.perform(put("/api/admin/calendar/overrides/2027").contentType(MediaType.APPLICATION_JSON)
        .content(FICTIONAL_2027));

    mvc.perform(get("/api/admin/calendar/years"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(26))
        .andExpect(jsonPath("$[24].year").value(2026))
        .andExpect(jsonPath("$[24].library").value(true))
        .andExpect(jsonPath("$[24].override").value(false))
        .andExpect(jsonPath("$[25].year").value(2027))
        .andExpect(jsonPath("$[25].library").value(false))
        .andExpect(jsonPath("$[25].override").value(true))
        .andExpect(jsonPath("$[25].overrideSource").value(SOURCE));
  }

  @Test
  void getOfAYearWithoutOverridesAnswersEmptyLists() throws Exception {
    mvc.perform(get("/api/admin/calendar/overrides").param("year", "2026"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.library").value(true))
        .andExpect(jsonPath("$.source").isEmpty())
        .andExpect(jsonPath("$.holidays").isEmpty());
  }

  @Test
  void invalidDataAnswers400NamingEachField() throws Exception {
    String body = FICTIONAL_2027.replace("2027-01-02", "2028-01-01").replace("\"元旦调休上班\"", "\"\"");
    mvc.perform(put("/api/admin/calendar/overrides/2027").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message")
            .value("holidays[0].date：日期 2028-01-01 不在 2027 年内；workdays[0].name：名称不能为空"))
        .andExpect(jsonPath("$.errors[0].field").value("holidays[0].date"))
        .andExpect(jsonPath("$.errors[0].message").value("holidays[0].date：日期 2028-01-01 不在 2027 年内"))
        .andExpect(jsonPath("$.errors[1].field").value("workdays[0].name"));
  }

  @Test
  void weekdayWorkdayAnswers400() throws Exception {
    String body = FICTIONAL_2027.replace("2027-01-09", "2027-03-03");
    mvc.perform(put("/api/admin/calendar/overrides/2027").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("workdays[0].date：2027-03-03 是星期三，本来就是工作日，无需设为调休上班"));
  }

  @Test
  void unparsableDateAnswers400() throws Exception {
    String body = FICTIONAL_2027.replace("2027-01-02", "2027-02-30");
    mvc.perform(put("/api/admin/calendar/overrides/2027").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(startsWith("请求体无法解析")));
  }

  @Test
  void nonNumericYearAnswers400() throws Exception {
    mvc.perform(get("/api/admin/calendar/overrides").param("year", "明年"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
  }
}

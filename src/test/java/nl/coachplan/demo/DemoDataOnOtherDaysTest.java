package nl.coachplan.demo;

import java.time.LocalDate;
import nl.coachplan.engine.ProcessValues;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The demo loaded on other days of the year than today: on 2 January, when this year's round was
 * started last autumn and no coach's year is yet up for renewal, and on 20 July, when the first
 * coach's year report waits. Each on a database of its own, with the engine's clock on that day.
 */
class DemoDataOnOtherDaysTest {

  /** Sets the engine's clock before the demo runs (the demo runs at order 20). */
  static ApplicationRunner clockOn(int month, int day) {
    return args -> ProcessValues.setClock(LocalDate.of(LocalDate.now().getYear() + 1, month, day).atTime(10, 0)
        .atZone(ProcessValues.ZONE).toInstant());
  }

  @Nested
  class OnTheSecondOfJanuary extends DemoStoryChecks {

    @TestConfiguration
    static class Clock {
      @Bean
      @Order(0)
      ApplicationRunner secondOfJanuary() {
        return clockOn(1, 2);
      }
    }
  }

  @Nested
  class OnTheTwentiethOfJuly extends DemoStoryChecks {

    @TestConfiguration
    static class Clock {
      @Bean
      @Order(0)
      ApplicationRunner twentiethOfJuly() {
        return clockOn(7, 20);
      }
    }
  }
}

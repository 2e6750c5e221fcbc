package nl.coachplan.engineplugins;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Timers parse their durations with the JDK's factory, named up front instead of searched for. */
class DurationParsingTest {

  private final String before = System.getProperty(DurationParsing.PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(DurationParsing.PROPERTY);
    } else {
      System.setProperty(DurationParsing.PROPERTY, before);
    }
  }

  @Test
  void aFourteenDayTimerIsParsedByTheJdksOwnFactory() throws Exception {
    System.clearProperty(DurationParsing.PROPERTY);
    new DurationParsing().preInit(null);

    assertThat(System.getProperty(DurationParsing.PROPERTY)).isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    assertThat(DatatypeFactory.newInstance().newDuration("P14D").getDays()).isEqualTo(14);
  }

  @Test
  void aFactoryChosenByTheOperatorStays() {
    System.setProperty(DurationParsing.PROPERTY, "org.example.OwnFactory");
    new DurationParsing().preInit(null);

    assertThat(System.getProperty(DurationParsing.PROPERTY)).isEqualTo("org.example.OwnFactory");
  }
}

package nl.coachplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormReaderTest {

  record Note(String note, List<String> wijken) {}

  private final FormReader reader = new FormReader(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void aTextThatStartsLikeJsonIsKeptAsTyped() {
    Note read = reader.read(Map.of("note", "[dringend] zoekt een ochtendgroep", "wijken", "[\"WK035500\"]"), Note.class);

    assertThat(read.note()).isEqualTo("[dringend] zoekt een ochtendgroep");
    assertThat(read.wijken()).containsExactly("WK035500");
  }

  @Test
  void aListThatIsNotJsonIsRefusedAtItsField() {
    assertThatThrownBy(() -> reader.read(Map.of("wijken", "[WK035500"), Note.class))
        .isInstanceOfSatisfying(InvalidFormDataException.class,
            e -> assertThat(e.getViolations()).extracting(InvalidFormDataException.Violation::field).containsExactly("wijken"));
  }
}

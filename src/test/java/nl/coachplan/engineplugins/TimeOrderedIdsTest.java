package nl.coachplan.engineplugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** New engine rows must land at the end of their indexes: ids sort in the order they were made. */
class TimeOrderedIdsTest {

  @Test
  void idsSortInTheOrderTheyWereMadeAndAreUnique() {
    TimeOrderedIds ids = new TimeOrderedIds();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(ids.getNextId());
    }
    assertThat(made).isSorted();
    assertThat(new HashSet<>(made)).hasSize(made.size());
    assertThat(made).allSatisfy(id -> {
      assertThat(id).hasSize(36);
      assertThat(UUID.fromString(id).version()).isEqualTo(7);
    });
  }
}

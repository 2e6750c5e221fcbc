package nl.coachplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Posted HTML form parameters back into plain values, following the .form that rendered them. */
class FormInputTest {

  static JsonNode form(String path) throws Exception {
    try (InputStream in = FormInputTest.class.getResourceAsStream("/processes/" + path)) {
      return new ObjectMapper().readTree(in);
    }
  }

  static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text.replace('\'', '"'));
  }

  static MultiValueMap<String, String> params(String... pairs) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.add(pairs[i], pairs[i + 1]);
    }
    return params;
  }

  @Test
  void dutchNumbersAreRead() throws Exception {
    assertThat(DutchValues.number("1.234,56")).isEqualByComparingTo("1234.56");
    assertThat(DutchValues.number("1234.56")).isEqualByComparingTo("1234.56");
    assertThat(DutchValues.number("1234,5")).isEqualByComparingTo("1234.5");
    assertThat(DutchValues.number("€ 2.500")).isEqualByComparingTo("2500");
    assertThat(DutchValues.number("12.345.678")).isEqualByComparingTo("12345678");
    assertThat(DutchValues.number("0.125")).isEqualByComparingTo("0.125");
    assertThat(DutchValues.number("-3")).isEqualByComparingTo("-3");
    for (String bad : List.of("twaalf", "1,2,3", "12.5.3", "1.23,4", ",5", "12,", "1e5")) {
      assertThatThrownBy(() -> DutchValues.number(bad)).as(bad).isInstanceOf(DutchValues.Unreadable.class);
    }
  }

  @Test
  void dutchDatesAreReadAndShown() throws Exception {
    assertThat(DutchValues.date("31-12-2016")).hasToString("2016-12-31");
    assertThat(DutchValues.date("1-2-2017")).hasToString("2017-02-01");
    assertThat(DutchValues.date("01/02/2017")).hasToString("2017-02-01");
    assertThat(DutchValues.date("2017-02-01")).hasToString("2017-02-01");
    assertThat(DutchValues.showDate("2017-02-01")).isEqualTo("01-02-2017");
    assertThatThrownBy(() -> DutchValues.date("31-02-2017")).hasMessageContaining("bestaat niet");
    assertThatThrownBy(() -> DutchValues.date("morgen")).hasMessageContaining("dd-mm-jjjj");
  }

  @Test
  void everyFieldTypeBecomesAPlainValue() throws Exception {
    JsonNode form = json("""
        {'components': [
          {'type': 'text', 'text': '## Kop'},
          {'type': 'textfield', 'key': 'title'},
          {'type': 'textarea', 'key': 'notes'},
          {'type': 'number', 'key': 'amount', 'decimalDigits': 2},
          {'type': 'number', 'key': 'count', 'decimalDigits': 0},
          {'type': 'select', 'key': 'kind', 'values': [{'label': 'Geld', 'value': 'money'}]},
          {'type': 'radio', 'key': 'decision', 'values': [{'label': 'Ja', 'value': 'yes'}]},
          {'type': 'checkbox', 'key': 'agreed'},
          {'type': 'checkbox', 'key': 'declined'},
          {'type': 'checklist', 'key': 'groups', 'values': [{'label': 'A', 'value': 'a'}, {'label': 'B', 'value': 'b'}]},
          {'type': 'checklist', 'key': 'none', 'values': [{'label': 'A', 'value': 'a'}]},
          {'type': 'datetime', 'key': 'start', 'subtype': 'date', 'dateLabel': 'Start'},
          {'type': 'textfield', 'key': 'empty'}
        ]}""");
    FormInput.Parsed parsed = FormInput.parse(form, params("_actie", "indienen", "title", "Plan", "notes", "regel 1\nregel 2",
        "amount", "1.234,56", "count", "12", "kind", "money", "decision", "yes", "agreed", "true", "groups", "a", "groups", "b",
        "start", "1-9-2016", "empty", "  "));
    assertThat(parsed.complete()).isTrue();
    assertThat(parsed.values()).containsEntry("title", "Plan").containsEntry("notes", "regel 1\nregel 2")
        .containsEntry("amount", new BigDecimal("1234.56")).containsEntry("count", new BigDecimal("12"))
        .containsEntry("kind", "money").containsEntry("decision", "yes").containsEntry("agreed", true).containsEntry("declined", false)
        .containsEntry("groups", List.of("a", "b")).containsEntry("none", List.of()).containsEntry("start", "2016-09-01")
        .containsEntry("empty", null);
    assertThat(parsed.typed()).containsEntry("amount", "1.234,56").containsEntry("start", "1-9-2016");
  }

  @Test
  void aBadDateOrNumberIsADutchErrorAtItsFieldAndKeepsWhatWasTyped() throws Exception {
    JsonNode form = form("coach-hiring/appoint-coach.form");
    FormInput.Parsed parsed = FormInput.parse(form, params("_actie", "indienen", "coachName", "Sanne", "startDate", "31-02-2017",
        "hoursPerWeek", "28,5,5"));
    assertThat(parsed.complete()).isFalse();
    assertThat(parsed.errors()).containsEntry("startDate", "Deze datum bestaat niet. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2016.");
    assertThat(parsed.errors().get("hoursPerWeek")).contains("niet goed leesbaar");
    assertThat(parsed.typed()).containsEntry("startDate", "31-02-2017").containsEntry("hoursPerWeek", "28,5,5");
    assertThat(parsed.entered()).containsEntry("coachName", "Sanne");
  }

  @Test
  void decimalsMinimumAndMaximumAreCheckedAtTheField() throws Exception {
    JsonNode form = json("""
        {'components': [
          {'type': 'number', 'key': 'fte', 'decimalDigits': 2, 'validate': {'min': 0.1, 'max': 10}},
          {'type': 'number', 'key': 'hours', 'decimalDigits': 0},
          {'type': 'number', 'key': 'euro', 'decimalDigits': 2}
        ]}""");
    FormInput.Parsed parsed = FormInput.parse(form, params("_actie", "indienen", "fte", "12", "hours", "3,5", "euro", "1,234"));
    assertThat(parsed.errors()).containsEntry("fte", "Vul hoogstens 10 in.").containsEntry("hours", "Vul een heel getal in, zonder komma.")
        .containsEntry("euro", "Gebruik hoogstens 2 cijfers achter de komma.");
  }

  @Test
  void requiredFieldsAreCheckedOnSubmitOnly() throws Exception {
    JsonNode form = form("plan-intake/plan-intake-start.form");
    FormInput.Parsed refresh = FormInput.parse(form, params("_actie", "bijwerken"));
    assertThat(refresh.errors()).isEmpty();
    FormInput.Parsed submit = FormInput.parse(form, params("_actie", "indienen", FormInput.ROWS + "contributions", "1",
        "contributions[0].organization", ""));
    assertThat(submit.errors()).containsEntry("title", "Vul dit veld in.").containsEntry("aanvoerder", "Maak een keuze.")
        .containsEntry("targetGroups", "Kies minstens één mogelijkheid.").containsEntry("contributions[0].organization", "Maak een keuze.");
  }

  @Test
  void theLadderIsNotSubmittedForAPlanOutsideTheWorkSetting() throws Exception {
    JsonNode form = form("contract-renewal/submit-year-report.form");
    FormInput.Parsed parsed = FormInput.parse(form, params("_actie", "indienen", "participantsReached", "120",
        "ladderStart.rung1", "40", "spentEuro", "51.000"), Map.of("ladderApplies", false));
    assertThat(parsed.values()).doesNotContainKey("ladderStart").doesNotContainKey("ladderEnd").containsKey("stories");
  }

  @Test
  void aGroupNestsItsFieldsInAnObject() throws Exception {
    JsonNode form = form("contract-renewal/submit-year-report.form");
    FormInput.Parsed parsed = FormInput.parse(form, params("_actie", "indienen", "participantsReached", "120",
        "ladderStart.rung1", "40", "ladderStart.rung2", "30", "ladderEnd.rung6", "5", "spentEuro", "51.000", "wantsStructural", "true"),
        Map.of("ladderApplies", true));
    assertThat(parsed.errors()).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> start = (Map<String, Object>) parsed.values().get("ladderStart");
    assertThat(start).containsEntry("rung1", new BigDecimal("40")).containsEntry("rung2", new BigDecimal("30")).containsEntry("rung3", null);
    assertThat(((Map<?, ?>) parsed.values().get("ladderEnd")).get("rung6")).isEqualTo(new BigDecimal("5"));
    assertThat(parsed.values()).containsEntry("spentEuro", new BigDecimal("51000")).containsEntry("wantsStructural", true);
  }

  @Test
  void aDynamicListGrowsAndShrinksKeepingWhatWasTyped() throws Exception {
    JsonNode form = form("plan-intake/plan-intake-start.form");
    FormInput.Parsed added = FormInput.parse(form, params("_actie", "toevoegen:contributions", FormInput.ROWS + "contributions", "2",
        "title", "Samen bewegen",
        "contributions[0].organization", "swos", "contributions[0].kind", "money", "contributions[0].amountEuro", "1.500",
        "contributions[1].organization", "idea", "contributions[1].kind", "hours", "contributions[1].hoursPerYear", "abc"));
    assertThat(added.complete()).isFalse();
    assertThat((List<?>) added.entered().get("contributions")).hasSize(3);
    assertThat(added.typed()).containsEntry("title", "Samen bewegen").containsEntry("contributions[0].amountEuro", "1.500");
    assertThat(added.errors()).containsOnlyKeys("contributions[1].hoursPerYear");

    FormInput.Parsed removed = FormInput.parse(form, params("_actie", "verwijderen:contributions:0", FormInput.ROWS + "contributions", "3",
        "contributions[0].organization", "swos", "contributions[0].amountEuro", "1.500",
        "contributions[1].organization", "idea", "contributions[1].hoursPerYear", "abc",
        "contributions[2].organization", "mee", "contributions[2].amountEuro", "750"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) removed.entered().get("contributions");
    assertThat(rows).extracting(r -> r.get("organization")).containsExactly("idea", "mee");
    assertThat(removed.typed()).containsEntry("contributions[0].hoursPerYear", "abc").containsEntry("contributions[1].amountEuro", "750")
        .doesNotContainKey("contributions[2].amountEuro");
    assertThat(removed.errors()).containsOnlyKeys("contributions[0].hoursPerYear");
  }

  @Test
  void aListWorksWithManyRows() throws Exception {
    JsonNode form = form("plan-intake/plan-intake-start.form");
    MultiValueMap<String, String> params = params("_actie", "bijwerken", FormInput.ROWS + "contributions", "25");
    for (int i = 0; i < 25; i++) {
      params.add("contributions[" + i + "].organization", "org-" + i);
    }
    assertThat((List<?>) FormInput.parse(form, params).entered().get("contributions")).hasSize(25);
  }

  @Test
  void aFieldHiddenByItsConditionIsNotSubmittedNorRequired() throws Exception {
    JsonNode form = form("funding-round/close-call.form");
    FormInput.Parsed closing = FormInput.parse(form, params("_actie", "indienen", "closeDecision", "close", "newCallDeadline", "1-8-2016"));
    assertThat(closing.errors()).isEmpty();
    assertThat(closing.values()).containsEntry("closeDecision", "close").doesNotContainKey("newCallDeadline");
    assertThat(closing.entered()).containsEntry("newCallDeadline", "2016-08-01");
    FormInput.Parsed extending = FormInput.parse(form, params("_actie", "indienen", "closeDecision", "extend"));
    assertThat(extending.errors()).containsEntry("newCallDeadline", "Vul dit veld in.");
  }

  @Test
  void serverViolationsCountListRowsFromOne() {
    assertThat(Violations.fieldName("contributions[2].organization")).isEqualTo("contributions[1].organization");
    assertThat(Violations.fieldName("ladderStart.rung1")).isEqualTo("ladderStart.rung1");
    assertThat(Violations.byField(List.of(new nl.coachplan.validation.InvalidFormDataException.Violation(null, "Algemeen."))))
        .containsValue("Algemeen.");
  }
}

package nl.coachplan.portal;

import static nl.coachplan.portal.FormInputTest.form;
import static nl.coachplan.portal.FormInputTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.coachplan.engine.Markdown;
import nl.coachplan.portal.FormView.Field;
import org.junit.jupiter.api.Test;

/** The .form files as a view model of plain HTML fields. */
class FormRendererTest {

  static List<Field> fields(FormView view) {
    List<Field> all = new ArrayList<>();
    view.rows().forEach(r -> r.fields().forEach(f -> collect(f, all)));
    return all;
  }

  private static void collect(Field f, List<Field> all) {
    all.add(f);
    f.children().forEach(r -> r.fields().forEach(c -> collect(c, all)));
    f.items().forEach(i -> i.rows().forEach(r -> r.fields().forEach(c -> collect(c, all))));
  }

  static Field field(FormView view, String name) {
    return fields(view).stream().filter(f -> name.equals(f.name())).findFirst().orElseThrow(() -> new AssertionError(name));
  }

  @Test
  void textIsSafeMarkdownWithTheTasksDataFilledIn() throws Exception {
    JsonNode form = json("{'components': [{'type': 'text', 'text': '## Bijdrage bevestigen\\n\\n{{summary}}\\n\\nNog **{{fte}} fte**'}]}");
    String evil = Markdown.escape("<script>alert(1)</script> **Bink** & co") + "\n\n- een\n- twee";
    FormView view = FormRenderer.render(form, Map.of("summary", evil, "fte", new java.math.BigDecimal("1.25")));
    String html = fields(view).get(0).html();
    assertThat(html).startsWith("<h2>Bijdrage bevestigen</h2>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; **Bink** &amp; co")
        .contains("<ul>\n<li>een</li>\n<li>twee</li>\n</ul>")
        .contains("Nog <strong>1,25 fte</strong>")
        .doesNotContain("<script");
  }

  @Test
  void aFormLinksToTheCaseFileButNeverElsewhere() {
    assertThat(MarkdownHtml.render("[Dossier P-2016-001 openen](/cases/P-2016-001) · Titel"))
        .contains("<a href=\"/cases/P-2016-001\">Dossier P-2016-001 openen</a> · Titel");
    assertThat(MarkdownHtml.render("[x](//evil.example/) [y](javascript:alert(1)) [z](https://evil.example/)"))
        .doesNotContain("<a ");
  }

  @Test
  void markdownTablesAndRawHtmlInTheForm() {
    String html = MarkdownHtml.render("| Trede | Begin |\n|---|---:|\n| 1. geïsoleerd | 40 |\n\n<img src=x onerror=alert(1)>");
    assertThat(html).contains("<th>Trede</th><th class=\"num\">Begin</th>").contains("<td>1. geïsoleerd</td><td class=\"num\">40</td>")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void inputsCarryLabelsRequiredDescriptionsAndPrefill() throws Exception {
    FormView view = FormRenderer.render(form("plan-intake/plan-intake-start.form"),
        Map.of("title", "Samen bewegen", "aanvoerderContributionEuro", 26000.5, "targetGroups", List.of("youth"),
            "targetGroupOptions", List.of(Map.of("label", "Jeugd", "value", "youth"), Map.of("label", "Ouderen", "value", "elderly"))));
    Field title = field(view, "title");
    assertThat(title.type()).isEqualTo("textfield");
    assertThat(title.label()).isEqualTo("Titel van het plan");
    assertThat(title.required()).isTrue();
    assertThat(title.value()).isEqualTo("Samen bewegen");
    assertThat(title.maxLength()).isEqualTo(200);
    assertThat(title.id()).isEqualTo("veld-title");
    Field euro = field(view, "aanvoerderContributionEuro");
    assertThat(euro.prefix()).isEqualTo("€");
    assertThat(euro.value()).isEqualTo("26000,5");
    assertThat(euro.inputMode()).isEqualTo("decimal");
    Field aanvoerder = field(view, "aanvoerder");
    assertThat(aanvoerder.description()).startsWith("De organisatie die de coach");
    assertThat(aanvoerder.describedBy()).isEqualTo("veld-aanvoerder-uitleg");
    Field groups = field(view, "targetGroups");
    assertThat(groups.options()).filteredOn(FormView.Option::selected).extracting(FormView.Option::value).containsExactly("youth");
    // The layout rows of the form: title and round side by side on a desk.
    assertThat(view.rows().stream().filter(r -> r.fields().size() == 2).findFirst().orElseThrow().fields())
        .extracting(Field::name).containsExactly("roundYear", "title");
  }

  @Test
  void aDateIsShownAsDutchAndItsLabelIsTheDateLabel() throws Exception {
    FormView view = FormRenderer.render(form("coach-hiring/open-vacancy.form"), Map.of("closingDate", "2016-10-01"));
    Field date = field(view, "closingDate");
    assertThat(date.label()).isEqualTo("Sluitingsdatum vacature");
    assertThat(date.value()).isEqualTo("01-10-2016");
    assertThat(date.placeholder()).isEqualTo("dd-mm-jjjj");
  }

  @Test
  void aDynamicListHasARowPerEntryWithAddAndRemove() throws Exception {
    JsonNode form = form("plan-intake/plan-intake-start.form");
    assertThat(field(FormRenderer.render(form, Map.of()), "contributions").items()).hasSize(1);
    List<Map<String, Object>> rows = List.of(Map.of("organization", "swos", "amountEuro", 1500),
        Map.of("organization", "idea"), Map.of());
    FormView view = FormRenderer.render(form, Map.of("contributions", rows), Map.of("contributions[1].hoursPerYear", "abc"),
        Map.of("contributions[1].hoursPerYear", "Vul een getal in."), Map.of("organisationOptions", List.of(
            Map.of("label", "SWOS", "value", "swos"), Map.of("label", "Idea", "value", "idea"))));
    Field list = field(view, "contributions");
    assertThat(list.items()).hasSize(3);
    assertThat(list.rowsName()).isEqualTo("_rijen.contributions");
    assertThat(list.addAction()).isEqualTo("toevoegen:contributions");
    assertThat(list.addLabel()).isEqualTo("Nog een speler toevoegen");
    assertThat(list.items().get(2).removeAction()).isEqualTo("verwijderen:contributions:2");
    assertThat(field(view, "contributions[0].organization").options()).filteredOn(FormView.Option::selected)
        .extracting(FormView.Option::value).containsExactly("swos");
    assertThat(field(view, "contributions[0].amountEuro").value()).isEqualTo("1500");
    Field hours = field(view, "contributions[1].hoursPerYear");
    assertThat(hours.value()).isEqualTo("abc");
    assertThat(hours.error()).isEqualTo("Vul een getal in.");
    assertThat(hours.describedBy()).isEqualTo("veld-contributions-1-hoursPerYear-fout");
    assertThat(view.errors()).extracting(FormView.ErrorLink::fieldId).containsExactly("veld-contributions-1-hoursPerYear");
  }

  @Test
  void aGroupNestsItsFieldsUnderItsPath() throws Exception {
    FormView view = FormRenderer.render(form("contract-renewal/submit-year-report.form"),
        Map.of("ladderStart", Map.of("rung1", 40), "contractSummary", "Jaar 1", "ladderApplies", true));
    Field group = fields(view).stream().filter(f -> "group".equals(f.type())).findFirst().orElseThrow();
    assertThat(group.label()).startsWith("Participatieladder aan het begin");
    assertThat(group.hint()).as("a condition on the server's value is no hint to the user").isNull();
    assertThat(field(view, "ladderStart.rung1").value()).isEqualTo("40");
    assertThat(field(view, "ladderEnd.rung1").value()).isEmpty();
    assertThat(field(view, "ladderStart.rung4").label()).isEqualTo("Trede 4: onbetaald werk");
  }

  /** A condition on a value the server set (not a field of the form) is decided when the page is made. */
  @Test
  void aPlanOutsideTheWorkSettingIsNotAskedTheLadder() throws Exception {
    FormView view = FormRenderer.render(form("contract-renewal/submit-year-report.form"),
        Map.of("contractSummary", "Jaar 1", "ladderApplies", false,
            "outcomeResults", List.of(Map.of("outcome", "participation", "measure", "aantal nieuwe leden"))));
    assertThat(fields(view)).noneMatch(f -> f.label() != null && f.label().startsWith("Participatieladder"));
    assertThat(fields(view)).noneMatch(f -> f.name() != null && f.name().startsWith("ladder"));
    assertThat(field(view, "outcomeResults[0].resultText")).isNotNull();
  }

  @Test
  void aTableShowsItsRowsFromTheData() throws Exception {
    List<Map<String, Object>> rows = List.of(new LinkedHashMap<>(Map.of("organization", "SWOS", "kindLabel", "Uren",
        "hoursPerYear", 200, "statusLabel", "Bevestigd")));
    FormView view = FormRenderer.render(form("plan-intake/screen-plan.form"), Map.of("contributionsOverview", rows));
    FormView.Table table = fields(view).stream().filter(f -> "table".equals(f.type())).findFirst().orElseThrow().table();
    assertThat(table.headers()).containsExactly("Speler", "Soort", "Bedrag", "Uren", "Status");
    assertThat(table.rows().get(0)).containsExactly("SWOS", "Uren", "", "200", "Bevestigd");
  }

  @Test
  void optionsComeFromTheDataUnderValuesKey() throws Exception {
    FormView view = FormRenderer.render(form("funding-round/record-meeting.form"),
        Map.of("organisationOptions", List.of(Map.of("label", "SWOS", "value", "swos")), "attendingOrganizations", List.of("swos")));
    Field attending = field(view, "attendingOrganizations");
    assertThat(attending.options()).extracting(FormView.Option::label).containsExactly("SWOS");
    assertThat(attending.options().get(0).selected()).isTrue();
  }

  @Test
  void aConditionalFieldIsShownWithWhenItApplies() throws Exception {
    Field deadline = field(FormRenderer.render(form("funding-round/close-call.form"), Map.of()), "newCallDeadline");
    assertThat(deadline.hint()).isEqualTo("Alleen invullen als u bij \u201cBesluit\u201d kiest voor \u201cOproep verlengen\u201d.");
    assertThat(deadline.describedBy()).contains("veld-newCallDeadline-voorwaarde");
  }

  @Test
  void readonlyAndCheckboxAndRadio() throws Exception {
    FormView revise = FormRenderer.render(form("plan-intake/revise-plan.form"), Map.of("roundYear", 2016));
    assertThat(field(revise, "roundYear").readonly()).isTrue();
    assertThat(field(revise, "roundYear").value()).isEqualTo("2016");
    FormView confirm = FormRenderer.render(form("plan-intake/confirm-contribution.form"), Map.of("contributionConfirmed", true));
    assertThat(field(confirm, "contributionConfirmed").checked()).isTrue();
    FormView select = FormRenderer.render(form("coach-hiring/select-candidate.form"), Map.of());
    assertThat(Stream.of("radio", "select")).contains(field(select, "selectionOutcome").type());
  }

  @Test
  void anErrorForNoFieldOnThePageIsInTheSummaryWithoutLink() throws Exception {
    FormView view = FormRenderer.render(form("coach-hiring/open-vacancy.form"), Map.of(), Map.of(),
        Map.of("_algemeen0", "De ronde is gesloten."), Map.of());
    assertThat(view.errors()).containsExactly(new FormView.ErrorLink(null, null, "De ronde is gesloten."));
  }
}

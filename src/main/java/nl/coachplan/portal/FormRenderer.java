package nl.coachplan.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.coachplan.portal.FormView.ErrorLink;
import nl.coachplan.portal.FormView.Field;
import nl.coachplan.portal.FormView.Item;
import nl.coachplan.portal.FormView.Option;
import nl.coachplan.portal.FormView.Row;

/**
 * Renders a Camunda Form (the same {@code .form} file the staff's Tasklist shows) as plain,
 * accessible HTML fields without script: the view model for the {@code portal/form} fragments.
 */
public final class FormRenderer {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][\\w.]*)\\s*}}");

  private final Map<String, Object> data;
  private final Map<String, String> typed;
  private final Map<String, String> errors;
  private final Map<String, Object> top;
  private final List<ErrorLink> summary = new ArrayList<>();
  private final Set<String> shownErrors = new HashSet<>();

  private FormRenderer(Map<String, Object> values, Map<String, String> typed, Map<String, String> errors, Map<String, Object> data) {
    this.top = values == null ? Map.of() : values;
    this.typed = typed == null ? Map.of() : typed;
    this.errors = errors == null ? Map.of() : errors;
    this.data = data == null ? Map.of() : data;
  }

  /** A form as first shown: its values from the data. */
  public static FormView render(JsonNode form, Map<String, Object> data) {
    return render(form, data, Map.of(), Map.of(), data);
  }

  /**
   * @param values the values to show (nested like the submission: a group a map, a list a list of maps)
   * @param typed text as typed, per field name: shown instead of the value
   * @param errors per field name (0-based list indexes); an unknown name shows in the summary only
   * @param data the task's data: {{templates}}, table sources, {@code valuesKey} options, conditions
   */
  public static FormView render(JsonNode form, Map<String, Object> values, Map<String, String> typed, Map<String, String> errors,
      Map<String, Object> data) {
    FormRenderer renderer = new FormRenderer(values, typed, errors, data);
    renderer.formRoot = form;
    List<Row> rows = renderer.rows(FormSchema.children(form), "", renderer.top);
    List<ErrorLink> all = new ArrayList<>(renderer.summary);
    renderer.errors.forEach((name, message) -> {
      if (!renderer.shownErrors.contains(name)) {
        all.add(new ErrorLink(null, null, message));
      }
    });
    return new FormView(rows, all);
  }

  private List<Row> rows(List<JsonNode> components, String prefix, Map<String, Object> scope) {
    List<Row> rows = new ArrayList<>();
    String currentRow = null;
    List<Field> current = null;
    for (JsonNode c : components) {
      Field field = field(c, prefix, scope);
      if (field == null) {
        continue;
      }
      String layoutRow = c.path("layout").path("row").asText(null);
      if (layoutRow != null && layoutRow.equals(currentRow) && current != null) {
        current.add(field);
      } else {
        current = new ArrayList<>();
        current.add(field);
        rows.add(new Row(current));
        currentRow = layoutRow;
      }
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private Field field(JsonNode c, String prefix, Map<String, Object> scope) {
    if (hiddenByServer(c)) {
      return null;
    }
    String type = FormSchema.type(c);
    String label = FormSchema.label(c);
    switch (type) {
      case FormSchema.TEXT -> {
        return new Field("text", null, null, null, null, null, false, false, null, false, List.of(), null, null, null, null, null,
            null, MarkdownHtml.render(fill(c.path("text").asText(""), scope)), List.of(), List.of(), null, 0, null, null, null);
      }
      case FormSchema.TABLE -> {
        return new Field("table", FormSchema.htmlId(prefix + c.path("id").asText("tabel")), null, c.path("label").asText(null), null,
            null, false, false, null, false, List.of(), null, null, null, null, null, null, null, List.of(), List.of(), null, 0, null,
            null, table(c, scope));
      }
      case FormSchema.GROUP -> {
        String path = FormSchema.path(c);
        Map<String, Object> inner = path == null ? scope
            : scope.get(path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String innerPrefix = path == null ? prefix : prefix + path + ".";
        String id = FormSchema.htmlId(prefix + (path == null ? c.path("id").asText("groep") : path));
        String error = error(prefix + (path == null ? "" : path), label, id);
        return new Field("group", id, null, label, c.path("description").asText(null), null, false, false, null, false, List.of(),
            null, null, null, null, error, error == null ? null : id + "-fout", null, rows(FormSchema.children(c), innerPrefix, inner),
            List.of(), null, 0, null, null, null);
      }
      case FormSchema.LIST -> {
        return list(c, prefix, scope);
      }
      default -> {
        if (!FormSchema.isInput(c)) {
          return null;
        }
        return input(c, prefix, scope);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Field list(JsonNode c, String prefix, Map<String, Object> scope) {
    String path = FormSchema.path(c);
    if (path == null) {
      return null;
    }
    String name = prefix + path;
    String id = FormSchema.htmlId(name);
    List<Map<String, Object>> rows = new ArrayList<>();
    if (scope.get(path) instanceof List<?> list) {
      list.forEach(row -> rows.add(row instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of()));
    } else if (!scope.containsKey(path)) {
      for (int i = 0; i < c.path("defaultRepetitions").asInt(1); i++) {
        rows.add(Map.of());
      }
    }
    List<JsonNode> children = FormSchema.children(c);
    String itemName = children.stream().filter(FormSchema::isInput).findFirst().map(FormSchema::label).orElse("Rij");
    boolean addRemove = c.path("allowAddRemove").asBoolean(true) && !FormSchema.readonly(c);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String title = itemName + " " + (i + 1);
      items.add(new Item(i, title, rows(children, name + "[" + i + "].", rows.get(i)),
          addRemove ? FormInput.REMOVE + name + ":" + i : null, title + " verwijderen"));
    }
    String label = FormSchema.label(c);
    String error = error(name, label, id);
    return new Field("dynamiclist", id, name, label, c.path("description").asText(null), null, false, false, null, false, List.of(),
        null, null, null, null, error, error == null ? null : id + "-fout", null, List.of(), items, FormInput.ROWS + name, rows.size(),
        addRemove ? FormInput.ADD + name : null, "Nog een " + itemName.toLowerCase(java.util.Locale.ROOT) + " toevoegen", null);
  }

  private Field input(JsonNode c, String prefix, Map<String, Object> scope) {
    String type = FormSchema.type(c);
    String key = FormSchema.key(c);
    String name = prefix + key;
    String id = FormSchema.htmlId(name);
    String label = FormSchema.label(c);
    Object value = scope.get(key);
    String description = c.path("description").asText(null);
    String hint = hint(c);
    String error = error(name, label, id);
    List<String> describedBy = new ArrayList<>();
    if (description != null) {
      describedBy.add(id + "-uitleg");
    }
    if (hint != null) {
      describedBy.add(id + "-voorwaarde");
    }
    if (error != null) {
      describedBy.add(id + "-fout");
    }
    String text = typed.containsKey(name) ? typed.get(name) : switch (type) {
      case "number" -> DutchValues.showNumber(value);
      case "datetime" -> DutchValues.showDate(value);
      default -> value == null ? "" : value.toString();
    };
    List<Option> options = new ArrayList<>();
    int n = 0;
    for (FormSchema.Choice choice : FormSchema.choices(c, data)) {
      boolean selected = value instanceof List<?> list ? list.stream().anyMatch(v -> choice.value().equals(String.valueOf(v)))
          : choice.value().equals(text);
      options.add(new Option(id + "-" + n++, choice.value(), choice.label(), selected));
    }
    String prefixAdorner = c.path("appearance").path("prefixAdorner").asText(null);
    String inputMode = "number".equals(type) ? (FormSchema.decimalDigits(c) == 0 ? "numeric" : "decimal")
        : "datetime".equals(type) ? "numeric" : null;
    String placeholder = "datetime".equals(type) ? "dd-mm-jjjj" : null;
    boolean checked = Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    return new Field(type, id, name, label, description, hint, FormSchema.required(c), FormSchema.readonly(c), text, checked, options,
        prefixAdorner, inputMode, placeholder, FormSchema.maxLength(c), error, describedBy.isEmpty() ? null : String.join(" ", describedBy),
        null, List.of(), List.of(), null, 0, null, null, null);
  }

  /** The error for a field, once, noted for the summary. */
  private String error(String name, String label, String id) {
    String message = errors.get(name);
    if (message != null && shownErrors.add(name)) {
      summary.add(new ErrorLink(id, label, message));
    }
    return message;
  }

  /**
   * A condition on a value the server set for the task (not a field of the form, such as whether the
   * plan uses the participatieladder) is known when the page is made: such a component is left out.
   */
  private boolean hiddenByServer(JsonNode c) {
    Conditions.Comparison hide = Conditions.parse(FormSchema.hideExpression(c));
    return hide != null && !isField(hide.variable()) && hide.holds(data::get);
  }

  private boolean isField(String key) {
    return formRoot != null && find(formRoot, key).isPresent();
  }

  /** Without script a condition cannot follow the choice live: the field stays, with when it applies. */
  private String hint(JsonNode c) {
    Conditions.Comparison hide = Conditions.parse(FormSchema.hideExpression(c));
    if (hide == null || !isField(hide.variable())) {
      return null;
    }
    String shownFor = hide.literal() == null ? "ingevuld" : optionLabel(hide.variable(), String.valueOf(hide.literal()));
    String subject = fieldLabel(hide.variable());
    return hide.equals()
        ? "Alleen invullen als bij \u201c" + subject + "\u201d niet \u201c" + shownFor + "\u201d gekozen is."
        : "Alleen invullen als u bij \u201c" + subject + "\u201d kiest voor \u201c" + shownFor + "\u201d.";
  }

  private JsonNode formRoot;

  private String fieldLabel(String key) {
    return formRoot == null ? key : find(formRoot, key).map(FormSchema::label).orElse(key);
  }

  private String optionLabel(String key, String value) {
    if (formRoot == null) {
      return value;
    }
    return find(formRoot, key).flatMap(c -> FormSchema.choices(c, data).stream().filter(o -> o.value().equals(value)).findFirst())
        .map(FormSchema.Choice::label).orElse(value);
  }

  private static java.util.Optional<JsonNode> find(JsonNode parent, String key) {
    for (JsonNode c : FormSchema.children(parent)) {
      if (key.equals(FormSchema.key(c))) {
        return java.util.Optional.of(c);
      }
      var inner = find(c, key);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return java.util.Optional.empty();
  }

  private String fill(String text, Map<String, Object> scope) {
    Function<String, Object> lookup = name -> scope.containsKey(name) ? scope.get(name) : data.get(name);
    Matcher m = TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = lookup.apply(m.group(1));
      String shown = value instanceof Number || value instanceof Boolean ? DutchValues.readable(value)
          : value instanceof String s ? s : "";
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private FormView.Table table(JsonNode c, Map<String, Object> scope) {
    String source = c.path("dataSource").asText("");
    String name = source.startsWith("=") ? source.substring(1).trim() : source.trim();
    Object rowsValue = scope.containsKey(name) ? scope.get(name) : data.get(name);
    List<Map<String, Object>> rows = new ArrayList<>();
    if (rowsValue instanceof List<?> list) {
      list.forEach(r -> {
        if (r instanceof Map<?, ?> m) {
          rows.add((Map<String, Object>) m);
        }
      });
    }
    Map<String, String> columns = new LinkedHashMap<>();
    c.path("columns").forEach(col -> columns.put(col.path("key").asText(), col.path("label").asText(col.path("key").asText())));
    if (columns.isEmpty() && !rows.isEmpty()) {
      rows.get(0).keySet().forEach(k -> columns.put(k, k));
    }
    List<Boolean> numeric = columns.keySet().stream()
        .map(k -> !rows.isEmpty() && rows.stream().allMatch(r -> r.get(k) == null || r.get(k) instanceof Number)).toList();
    List<List<String>> cells = rows.stream()
        .map(r -> columns.keySet().stream().map(k -> DutchValues.readable(r.get(k))).toList()).toList();
    return new FormView.Table(List.copyOf(columns.values()), numeric, cells);
  }
}

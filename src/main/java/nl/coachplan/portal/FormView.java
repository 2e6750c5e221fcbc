package nl.coachplan.portal;

import java.util.List;

/** A Camunda Form ready for the page: rows of fields, and the errors to sum up at the top. */
public record FormView(List<Row> rows, List<ErrorLink> errors) {

  /** Fields side by side on a wide screen (the form's layout rows), stacked on a phone. */
  public record Row(List<Field> fields) {}

  /**
   * One component. {@code type} picks the fragment; {@code value} is the text to show in an input;
   * {@code describedBy} links description, hint and error for screen readers.
   */
  public record Field(String type, String id, String name, String label, String description, String hint, boolean required,
      boolean readonly, String value, boolean checked, List<Option> options, String prefix, String inputMode, String placeholder,
      Integer maxLength, String error, String describedBy, String html, List<Row> children, List<Item> items, String rowsName,
      int rowCount, String addAction, String addLabel, Table table) {

    public boolean hasError() {
      return error != null;
    }
  }

  public record Option(String id, String value, String label, boolean selected) {}

  /** A row of a dynamic list, with its remove button. */
  public record Item(int index, String title, List<Row> rows, String removeAction, String removeLabel) {}

  public record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows) {}

  /** An error in the summary: links to its field when the field is on the page. */
  public record ErrorLink(String fieldId, String label, String message) {}
}

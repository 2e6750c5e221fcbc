package nl.coachplan.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown of the forms' text fields as safe HTML: headings, paragraphs, lists, tables, bold
 * and italics. Everything is HTML-escaped first; only the entities the server's escaping writes
 * (&amp;lt; &amp;gt; &amp;amp;) pass as they are, and backslash escapes become the character itself.
 */
final class MarkdownHtml {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*$");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,6});");
  private static final char ESCAPED = '\uE000';

  private MarkdownHtml() {}

  static String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    List<String> lines = List.of(markdown.replace("\r\n", "\n").split("\n", -1));
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      Matcher heading = HEADING.matcher(line.trim());
      if (heading.matches()) {
        // Level 1 is the page's: a form's ## is the form's heading.
        int level = Math.max(2, Math.min(6, heading.group(1).length()));
        html.append("<h").append(level).append('>').append(inline(heading.group(2).replaceAll("\\s#+\\s*$", "")))
            .append("</h").append(level).append(">\n");
        i++;
      } else if (line.trim().startsWith("|") && i + 1 < lines.size() && TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
        i = table(lines, i, html);
      } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
        boolean numbered = !BULLET.matcher(line).matches();
        Pattern item = numbered ? NUMBERED : BULLET;
        html.append(numbered ? "<ol>\n" : "<ul>\n");
        while (i < lines.size() && item.matcher(lines.get(i)).matches()) {
          Matcher m = item.matcher(lines.get(i));
          m.matches();
          html.append("<li>").append(inline(m.group(1))).append("</li>\n");
          i++;
        }
        html.append(numbered ? "</ol>\n" : "</ul>\n");
      } else {
        List<String> paragraph = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isBlank() && !HEADING.matcher(lines.get(i).trim()).matches()
            && !BULLET.matcher(lines.get(i)).matches() && !NUMBERED.matcher(lines.get(i)).matches()
            && !lines.get(i).trim().startsWith("|")) {
          paragraph.add(lines.get(i).trim());
          i++;
        }
        if (paragraph.isEmpty()) {
          paragraph.add(lines.get(i).trim());
          i++;
        }
        html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
      }
    }
    return html.toString();
  }

  private static int table(List<String> lines, int start, StringBuilder html) {
    List<String> header = cells(lines.get(start));
    List<String> rule = cells(lines.get(start + 1));
    html.append("<div class=\"table-scroll\"><table>\n<thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      html.append("<th").append(alignment(rule, c)).append('>').append(inline(header.get(c))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    int i = start + 2;
    while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
      List<String> row = cells(lines.get(i));
      html.append("<tr>");
      for (int c = 0; c < header.size(); c++) {
        html.append("<td").append(alignment(rule, c)).append('>').append(c < row.size() ? inline(row.get(c)) : "").append("</td>");
      }
      html.append("</tr>\n");
      i++;
    }
    html.append("</tbody>\n</table></div>\n");
    return i;
  }

  private static String alignment(List<String> rule, int column) {
    return column < rule.size() && rule.get(column).trim().endsWith(":") ? " class=\"num\"" : "";
  }

  /** A table row's cells; an escaped pipe (\|) stays inside its cell. */
  private static List<String> cells(String line) {
    String text = line.trim().replace("\\|", String.valueOf(ESCAPED));
    if (text.startsWith("|")) {
      text = text.substring(1);
    }
    if (text.endsWith("|")) {
      text = text.substring(0, text.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : text.split("\\|", -1)) {
      cells.add(cell.trim().replace(String.valueOf(ESCAPED), "\\|"));
    }
    return cells;
  }

  /** A link within this site only: a path, never another host, script or protocol-relative address. */
  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]\\n]+)]\\((/(?![/\\\\])[^)\\s\"'<>]*)\\)");

  /** Escapes, then links to our own pages, bold and italics; a backslash-escaped character is never markup. */
  static String inline(String text) {
    StringBuilder protectedText = new StringBuilder();
    List<Character> literals = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "\\`*_[]#|!{}()+-.<>".indexOf(text.charAt(i + 1)) >= 0) {
        literals.add(text.charAt(i + 1));
        protectedText.append(ESCAPED);
        i++;
      } else {
        protectedText.append(c);
      }
    }
    String html = escape(protectedText.toString());
    html = LINK.matcher(html).replaceAll("<a href=\"$2\">$1</a>");
    html = html.replaceAll("\\*\\*(\\S(?:.*?\\S)?)\\*\\*", "<strong>$1</strong>");
    html = html.replaceAll("__(\\S(?:.*?\\S)?)__", "<strong>$1</strong>");
    html = html.replaceAll("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])", "<em>$1</em>");
    html = html.replaceAll("(?<![\\w_])_(\\S(?:.*?\\S)?)_(?![\\w_])", "<em>$1</em>");
    StringBuilder out = new StringBuilder();
    int literal = 0;
    for (char c : html.toCharArray()) {
      if (c == ESCAPED) {
        out.append(escape(String.valueOf(literals.get(literal++))));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** HTML-escapes, keeping the entities already written by the server's escaping. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '&' -> {
          Matcher entity = ENTITY.matcher(text).region(i, text.length());
          out.append(entity.lookingAt() ? "&" : "&amp;");
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package nl.coachplan.dashboard;

import java.util.List;
import java.util.Locale;

/** Charts drawn on the server as SVG: no script, no CDN, readable without JavaScript. */
public final class Svg {

  private Svg() {}

  public record Bar(String label, double value, String display, String color) {}

  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Horizontal bars, one per row, scaled to the largest value (a funnel when the rows follow the stages). */
  public static String bars(String title, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int rowHeight = 26;
    int labelWidth = 210;
    int width = 640;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width).append(' ')
        .append(bars.size() * rowHeight + 4).append("\"><title>").append(escape(title)).append("</title>");
    int y = 2;
    for (Bar bar : bars) {
      double w = max <= 0 ? 0 : (width - labelWidth - 70) * bar.value() / max;
      svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\" font-size=\"13\">")
          .append(escape(bar.label())).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", w))
          .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"").append(bar.color()).append("\" rx=\"3\"/>");
      svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelWidth + w + 6)).append("\" y=\"").append(y + 17)
          .append("\" font-size=\"13\">").append(escape(bar.display())).append("</text>");
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  /** One bar split into segments by share, with a legend below (the financing mix). */
  public static String stacked(String title, List<Bar> segments) {
    double total = segments.stream().mapToDouble(Bar::value).sum();
    int width = 640;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width).append(' ')
        .append(44 + segments.size() * 22).append("\"><title>").append(escape(title)).append("</title>");
    double x = 0;
    for (Bar segment : segments) {
      double w = total <= 0 ? 0 : width * segment.value() / total;
      svg.append("<rect x=\"").append(String.format(Locale.ROOT, "%.1f", x)).append("\" y=\"4\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"28\" fill=\"").append(segment.color()).append("\"/>");
      x += w;
    }
    int y = 52;
    for (Bar segment : segments) {
      String share = total <= 0 ? "0" : String.format(Locale.forLanguageTag("nl"), "%.0f", 100 * segment.value() / total);
      svg.append("<rect x=\"0\" y=\"").append(y - 11).append("\" width=\"12\" height=\"12\" fill=\"").append(segment.color()).append("\"/>")
          .append("<text x=\"18\" y=\"").append(y).append("\" font-size=\"13\">").append(escape(segment.label())).append(": ")
          .append(escape(segment.display())).append(" (").append(share).append("%)</text>");
      y += 22;
    }
    return svg.append("</svg>").toString();
  }

  /** The participatieladder at the start and end of a year: two bars per rung, rung 6 on top. */
  public static String ladder(String title, int[] start, int[] end) {
    int max = 1;
    for (int i = 0; i < 6; i++) {
      max = Math.max(max, Math.max(start[i], end[i]));
    }
    String[] rungs = {"1 geïsoleerd", "2 contacten buitenshuis", "3 georganiseerde activiteiten", "4 vrijwilligerswerk",
        "5 betaald werk met steun", "6 betaald werk"};
    int width = 560;
    int labelWidth = 200;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width).append(" 250\"><title>")
        .append(escape(title)).append("</title>");
    int y = 4;
    for (int i = 5; i >= 0; i--) {
      double ws = (width - labelWidth - 40) * start[i] / (double) max;
      double we = (width - labelWidth - 40) * end[i] / (double) max;
      svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 22).append("\" text-anchor=\"end\" font-size=\"12\">")
          .append(rungs[i]).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 6).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", ws))
          .append("\" height=\"12\" fill=\"#b8c7d3\"/>");
      svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelWidth + ws + 4)).append("\" y=\"").append(y + 16)
          .append("\" font-size=\"11\">").append(start[i]).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 20).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", we))
          .append("\" height=\"12\" fill=\"#1f6f8b\"/>");
      svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelWidth + we + 4)).append("\" y=\"").append(y + 30)
          .append("\" font-size=\"11\">").append(end[i]).append("</text>");
      y += 40;
    }
    svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 2).append("\" width=\"12\" height=\"10\" fill=\"#b8c7d3\"/>")
        .append("<text x=\"").append(labelWidth + 16).append("\" y=\"").append(y + 11).append("\" font-size=\"11\">begin van het jaar</text>")
        .append("<rect x=\"").append(labelWidth + 140).append("\" y=\"").append(y + 2).append("\" width=\"12\" height=\"10\" fill=\"#1f6f8b\"/>")
        .append("<text x=\"").append(labelWidth + 156).append("\" y=\"").append(y + 11).append("\" font-size=\"11\">eind van het jaar</text>");
    return svg.append("</svg>").toString();
  }
}

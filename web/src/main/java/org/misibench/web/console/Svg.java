package org.misibench.web.console;

/**
 * Escaping for the inline SVG the dashboard draws on the server. The charts are written out
 * unescaped (they are markup), so every piece of data inside them goes through here: an answer
 * text with {@code <} or {@code &} stays text.
 */
final class Svg {

    private Svg() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number for an attribute, without locale surprises (no decimal commas). */
    static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}

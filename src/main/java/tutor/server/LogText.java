package tutor.server;

/**
 * A field from a client (a user name, a command, a TERM) made safe for a log line a teacher reads in a terminal:
 * cut to a bounded length first (a 60,000-character name costs no more than a short one), then every control,
 * format (bidi overrides, zero-width marks), separator or unpaired surrogate character written as an escape, so
 * nothing a client sends can move the cursor, reorder the line or hide text. A backslash is doubled, so an escape in
 * the log always means a character that was escaped.
 */
final class LogText {
    private LogText() {}

    /** The text cleaned and at most max characters long, its end marked with "…" where it was cut. */
    static String clean(String text, int max) {
        if (text == null) return "";
        // At most max code points survive the cut, each escaped to at most 8 characters: read no more than that.
        String head = text.length() > max * 2 + 2 ? text.substring(0, max * 2 + 2) : text;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < head.length()) {
            int c = head.codePointAt(i);
            i += Character.charCount(c);
            b.append(escaped(c));
        }
        String all = b.toString();
        return all.length() <= max && head.length() == text.length() ? all : cut(all, max);
    }

    private static String escaped(int c) {
        if (c == '\\') return "\\\\";
        if (c == '\t') return "\\t";
        if (c == '\n') return "\\n";
        if (c == '\r') return "\\r";
        int type = Character.getType(c);
        boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
        if (!hidden) return new String(Character.toChars(c));
        return c <= 0xFF ? String.format("\\x%02x", c) : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    /** At most max characters ending in "…", never cutting an escape or a surrogate pair in half. */
    private static String cut(String escapedText, int max) {
        int end = Math.min(escapedText.length(), Math.max(0, max - 1));
        int slash = escapedText.lastIndexOf('\\', end);
        if (slash >= 0 && slash >= end - 10) {
            int runStart = slash; // a run of backslashes: an even count is doubled ones, not an escape's start
            while (runStart > 0 && escapedText.charAt(runStart - 1) == '\\') runStart--;
            boolean escapeStart = (slash - runStart) % 2 == 0;
            if (escapeStart && slash + length(escapedText, slash) > end) end = slash;
        }
        if (end > 0 && Character.isHighSurrogate(escapedText.charAt(end - 1))) end--;
        return escapedText.substring(0, end) + "…";
    }

    private static int length(String s, int slash) {
        if (slash + 1 >= s.length()) return 1;
        return switch (s.charAt(slash + 1)) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }
}

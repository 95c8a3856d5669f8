package tutor.lesson;

/**
 * One thing wrong with a lesson file: where it is, and what was expected. The file name, path and message may
 * quote the lesson (a field name, an unknown value): any control or format character in them is written as an
 * escape (\u001b), so printing a problem can never retitle, clear or otherwise drive a teacher's terminal, and a
 * path or message longer than 500 characters is cut.
 */
public record Problem(String file, int line, int column, String path, String message) implements Comparable<Problem> {

    public Problem {
        file = escaped(file);
        path = cut(escaped(path));
        message = cut(escaped(message));
    }

    /** A path or message that quotes a huge name from the file is cut: a problem is a line, not a page. */
    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    public static Problem at(String file, Json.Where where, String message) {
        return new Problem(file, where.line(), where.column(), where.path(), message);
    }

    /** file:line:column: path: message, the form editors and the checker print. */
    @Override public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    @Override public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** The text with every character a terminal could act on (C0, DEL, C1, format, half a surrogate pair) as \\uXXXX. */
    public static String escaped(String text) {
        if (text == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            int type = Character.getType(c);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || Character.isSurrogate(c) && !pair;
            if (unsafe && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb == null) continue;
            if (unsafe) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb == null ? text : sb.toString();
    }
}

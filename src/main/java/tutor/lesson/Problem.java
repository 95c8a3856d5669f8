package tutor.lesson;

/** One thing wrong with a lesson file: where it is, and what was expected. */
public record Problem(String file, int line, int column, String path, String message) implements Comparable<Problem> {

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
}

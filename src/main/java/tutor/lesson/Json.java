package tutor.lesson;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON tree that remembers where each value stood (its JSON path), read with Gson's streaming reader, so that
 * every complaint about a lesson can point at its place in the file. Lines and columns cost time to track, and
 * are needed only when something is wrong, so locate() finds them then, for the paths that need them.
 */
public final class Json {
    private Json() {}

    /** A place in a file: 1-based line and column (0 until located) and the JSON path ($.steps[3].quiz). */
    public record Where(int line, int column, String path) {}

    /** A JSON value and where it stood. */
    public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        Where where();

        /** How the value is named in "expected X, found Y" messages. */
        String kind();
    }

    public record Obj(Map<String, Node> fields, List<String> duplicates, Where where) implements Node {
        public String kind() { return "an object"; }
    }

    public record Arr(List<Node> items, Where where) implements Node {
        public String kind() { return "an array"; }
    }

    public record Str(String value, Where where) implements Node {
        public String kind() { return "a string"; }
    }

    public record Num(double value, String text, Where where) implements Node {
        public String kind() { return "a number"; }
    }

    public record Bool(boolean value, Where where) implements Node {
        public String kind() { return "true or false"; }
    }

    public record Null(Where where) implements Node {
        public String kind() { return "null"; }
    }

    /** A syntax error, with its place. */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }

        public int column() { return column; }
    }

    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    /** The value at a JSON path ($.steps[2].show), or the nearest enclosing value that exists. */
    public static Where find(Node root, String path) {
        Node at = root;
        Matcher m = STEP.matcher(path.startsWith("$") ? path.substring(1) : path);
        while (m.find()) {
            Node next = null;
            if (m.group(1) != null && at instanceof Obj o) next = o.fields().get(m.group(1));
            if (m.group(2) != null && at instanceof Arr a) {
                int i = Integer.parseInt(m.group(2));
                if (i < a.items().size()) next = a.items().get(i);
            }
            if (next == null) break;
            at = next;
        }
        return at.where();
    }

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final int MAX_DEPTH = 64;

    public static Node parse(String text) throws SyntaxError {
        if (text.isBlank()) throw new SyntaxError("the file is empty; expected a JSON object", 1, 1);
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(com.google.gson.Strictness.STRICT);
        try {
            Node root = read(reader, "$", 0);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                int[] at = location(reader);
                throw new SyntaxError("more text after the end of the JSON value", at[0], at[1]);
            }
            return root;
        } catch (SyntaxError e) {
            throw e;
        } catch (EOFException e) {
            int[] end = endOf(text);
            throw new SyntaxError("the file ends in the middle of the JSON (truncated?)", end[0], end[1]);
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            int[] at = location(reader);
            throw new SyntaxError(describe(e.getMessage()), at[0], at[1]);
        } catch (IOException e) {
            int[] at = location(reader);
            throw new SyntaxError("could not read the JSON: " + describe(e.getMessage()), at[0], at[1]);
        }
    }

    private static Node read(JsonReader reader, String path, int depth) throws IOException, SyntaxError {
        JsonToken token = reader.peek();
        Where where = new Where(0, 0, path);
        if (depth > MAX_DEPTH) {
            int[] at = location(reader);
            throw new SyntaxError("nested more than " + MAX_DEPTH + " levels deep", at[0], at[1]);
        }
        switch (token) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                Map<String, Node> fields = new LinkedHashMap<>();
                List<String> duplicates = new ArrayList<>();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    Node value = read(reader, path + "." + name, depth + 1);
                    if (fields.put(name, value) != null) duplicates.add(name);
                }
                reader.endObject();
                return new Obj(fields, duplicates, where);
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                List<Node> items = new ArrayList<>();
                while (reader.hasNext()) items.add(read(reader, path + "[" + items.size() + "]", depth + 1));
                reader.endArray();
                return new Arr(items, where);
            }
            case STRING -> {
                return new Str(reader.nextString(), where);
            }
            case NUMBER -> {
                String text = reader.nextString();
                return new Num(Double.parseDouble(text), text, where);
            }
            case BOOLEAN -> {
                return new Bool(reader.nextBoolean(), where);
            }
            case NULL -> {
                reader.nextNull();
                return new Null(where);
            }
            default -> {
                int[] at = location(reader);
                throw new SyntaxError("expected a JSON value", at[0], at[1]);
            }
        }
    }

    /** The line and column of each of the given paths, found by reading the (well-formed) text once more. */
    public static Map<String, int[]> locate(String text, java.util.Set<String> paths) {
        Map<String, int[]> found = new java.util.HashMap<>();
        JsonReader reader = new JsonReader(new StringReader(text));
        try {
            visit(reader, "$", paths, found);
        } catch (IOException | RuntimeException e) {
            // the text parsed before; if it does not now, the places stay unknown
        }
        return found;
    }

    private static void visit(JsonReader reader, String path, java.util.Set<String> paths, Map<String, int[]> found)
            throws IOException {
        JsonToken token = reader.peek();
        if (paths.contains(path)) found.put(path, location(reader));
        switch (token) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                while (reader.hasNext()) visit(reader, path + "." + reader.nextName(), paths, found);
                reader.endObject();
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                int i = 0;
                while (reader.hasNext()) visit(reader, path + "[" + i++ + "]", paths, found);
                reader.endArray();
            }
            default -> reader.skipValue();
        }
    }

    /** Gson tells its position only in messages and toString; this reads it back. */
    private static int[] location(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        // After peek() Gson stands one character past the token's start.
        if (m.find()) return new int[] {Integer.parseInt(m.group(1)), Math.max(1, Integer.parseInt(m.group(2)) - 1)};
        return new int[] {1, 1};
    }

    private static int[] endOf(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') { line++; column = 1; } else { column++; }
        }
        return new int[] {line, column};
    }

    /** Gson's message without its own location, path and help link, which we print our own way. */
    private static String describe(String message) {
        if (message == null) return "malformed JSON";
        String m = message.replaceAll("\\s*at line \\d+ column \\d+ path \\S*", "")
                .replaceAll("\\s*See https?://\\S+", "")
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "")
                .trim();
        if (m.startsWith("Expected name")) return "expected a field name in double quotes";
        if (m.startsWith("Unterminated string")) return "a string is not closed with a double quote";
        if (m.startsWith("Unterminated object")) return "expected , or } after a field";
        if (m.startsWith("Unterminated array")) return "expected , or ] after an item";
        if (m.contains("Expected ':'")) return "expected : after a field name";
        if (m.startsWith("Expected value")) return "expected a JSON value (object, array, string, number, true, false or null)";
        if (m.startsWith("JSON forbids NaN and infinities")) return "NaN and infinity are not numbers a lesson may use";
        return m.isEmpty() ? "malformed JSON" : m;
    }
}

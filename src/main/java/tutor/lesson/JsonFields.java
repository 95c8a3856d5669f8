package tutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.text.Cells;

/**
 * Typed access to a JSON tree that collects a problem, with its place, for every value that is missing or
 * of the wrong kind, instead of stopping at the first: what the lesson reader reads fields with.
 */
final class JsonFields {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    JsonFields(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    Json.Obj object(Json.Node node, String what) {
        if (node instanceof Json.Obj o) {
            for (String d : o.duplicates()) problem(o, "the field \"" + d + "\" appears twice");
            return o;
        }
        expected(node, what);
        return null;
    }

    void known(Json.Obj o, Set<String> allowed) {
        for (Map.Entry<String, Json.Node> e : o.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue(), "unknown field " + quote(e.getKey()) + "; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static String at(char c, int i) {
        return String.format(" (U+%04X) at character %d; ", (int) c, i + 1);
    }

    private static final String ONE_CELL = "the tutor draws characters one column wide only (Latin, Greek, "
            + "subscripts, box drawing; no CJK, no emoji)";

    /** A value from the file, in quotes, cut to a length a message can carry. */
    static String quote(String value) {
        int max = 60;
        return "\"" + (value.length() <= max ? value : value.substring(0, max) + "…") + "\"";
    }

    String string(Json.Obj o, String name, boolean required, Limits.Text limit) {
        Json.Node n = o.fields().get(name);
        if (n == null || n instanceof Json.Null) {
            if (required) problem(o, "missing field \"" + name + "\"; expected a string");
            return null;
        }
        if (n instanceof Json.Str s) return checked(s, limit);
        expected(n, "a string");
        return null;
    }

    /**
     * The string if it fits its limit: no longer than its kind allows, and only characters the tutor draws one
     * column wide: no control character (a line break only where text may have several lines), no wide or astral
     * character, none of no width. Otherwise null, with the problem. Runs on every string of every lesson before
     * the menu is drawn: plain ASCII passes at once.
     */
    String checked(Json.Str s, Limits.Text limit) {
        String v = s.value();
        int length = v.codePointCount(0, v.length());
        if (length > limit.max()) {
            problem(s, "this is " + length + " characters long; " + limit.what() + " may be at most " + limit.max());
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x7f && c >= ' ' || c == '\n' && limit.multiline()) continue; // the common case, at once
            String wrong = null;
            if (Cells.control(c)) {
                wrong = "a control character" + at(c, i) + (c == '\n' ? limit.what() + " is one line" : "a lesson's text may hold none but line breaks");
            } else if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                wrong = String.format("a character beyond U+FFFF (U+%X, an emoji?) at character %d; ", v.codePointAt(i), i + 1) + ONE_CELL;
            } else if (Character.isSurrogate(c)) {
                wrong = "half a surrogate pair" + at(c, i) + "expected whole characters";
            } else if (Cells.wide(c)) {
                wrong = "a character drawn two columns wide" + at(c, i) + ONE_CELL;
            } else if (Cells.zeroWidth(c)) {
                wrong = "a character of no width of its own (a combining mark or format character)" + at(c, i)
                        + "write an accented letter as one character (é), and leave out invisible ones";
            }
            if (wrong != null) {
                problem(s, wrong);
                return null;
            }
        }
        return v;
    }

    Double number(Json.Obj o, String name, boolean required) {
        Json.Node n = o.fields().get(name);
        if (n == null) {
            if (required) problem(o, "missing field \"" + name + "\"; expected a number");
            return null;
        }
        if (n instanceof Json.Num num) {
            if (!Double.isFinite(num.value())) {
                problem(n, "the number " + num.text() + " is too large; expected a finite number");
                return null;
            }
            return num.value();
        }
        expected(n, "a number");
        return null;
    }

    Integer integer(Json.Node n, int min, int max, String what) {
        if (n instanceof Json.Num num && num.value() == Math.rint(num.value()) && num.value() >= min && num.value() <= max) {
            return (int) num.value();
        }
        expected(n, what + ", a whole number from " + min + " to " + max);
        return null;
    }

    static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    Map<String, Double> numberMap(Json.Obj o, String name, boolean required) {
        Json.Node n = o.fields().get(name);
        if (n == null) {
            if (required) problem(o, "missing field \"" + name + "\"; expected an object of id: number");
            return null;
        }
        Json.Obj m = object(n, "an object of id: number");
        if (m == null) return null;
        if (m.fields().size() > Limits.PARAMETERS) {
            problem(m, "there are " + m.fields().size() + " values; a lesson may have at most " + Limits.PARAMETERS);
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : m.fields().keySet()) {
            Double v = number(m, key, true);
            if (v != null) out.put(key, v);
        }
        return out;
    }

    List<String> strings(Json.Node n, String what, Limits.Text limit, int maxItems) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (!(n instanceof Json.Arr arr)) {
            expected(n, "an array of " + what);
            return out;
        }
        if (!fits(arr, maxItems, what)) return out;
        for (Json.Node item : arr.items()) {
            if (item instanceof Json.Str s) {
                String v = checked(s, limit);
                out.add(v != null ? v : s.value()); // kept, so counts stay right; the problem is reported

            } else {
                expected(item, "a string (" + what + ")");
            }
        }
        return out;
    }

    /** Whether an array holds at most max items; if not, one problem that says so. */
    boolean fits(Json.Arr arr, int max, String what) {
        if (arr.items().size() <= max) return true;
        problem(arr, "there are " + arr.items().size() + " " + what + "; a lesson may have at most " + max);
        return false;
    }

    static Json.Node field(Json.Node obj, String name) {
        if (obj instanceof Json.Obj o && o.fields().containsKey(name)) return o.fields().get(name);
        return obj;
    }

    void expected(Json.Node n, String what) {
        problem(n, "expected " + what + ", found " + n.kind());
    }

    void problem(Json.Node n, String message) {
        problems.add(Problem.at(file, n.where(), message));
    }

    /** Each object of an optional array, read by one function; what it cannot read it skips (with a problem). */
    <T> List<T> objects(Json.Node node, String what, int max, String itemWhat, java.util.function.Function<Json.Obj, T> each) {
        List<T> out = new ArrayList<>();
        if (node == null) return out;
        if (!(node instanceof Json.Arr arr)) {
            expected(node, "an array of " + what);
            return out;
        }
        if (!fits(arr, max, what)) return out;
        for (Json.Node n : arr.items()) {
            Json.Obj o = object(n, itemWhat);
            T item = o == null ? null : each.apply(o);
            if (item != null) out.add(item);
        }
        return out;
    }

    /** A step's, figure's or erratum's example index (0 when it names none). */
    int exampleIndex(Json.Obj o) {
        return o.fields().containsKey("example") ? orZero(integer(o.fields().get("example"), 0, 99, "an example index")) : 0;
    }

}

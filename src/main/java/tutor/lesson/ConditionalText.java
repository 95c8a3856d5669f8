package tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.engine.Trace;

/**
 * Narration that depends on the numbers: {@code {if a:H2 = 0}H2 is switched off{else}H2 is on{end}}, so that a
 * practice sheet with other numbers never says something false. {@code {else}} is optional; {@code {if}} nests.
 * The condition is a {@link Condition} on the step's example.
 */
public final class ConditionalText {
    private ConditionalText() {}

    private static final Pattern TAG = Pattern.compile("\\{(if\\s[^{}]*|if|else|end)}");

    private sealed interface Part permits Literal, Choice {}

    private record Literal(String text) implements Part {}

    private record Choice(Condition condition, List<Part> then, List<Part> otherwise) implements Part {}

    /** The text with each {if} replaced by the branch its condition picks on this trace. */
    public static String resolve(String text, Trace trace) {
        if (text == null || !text.contains("{if")) return text;
        return resolve(text, values(trace));
    }

    /**
     * As resolve, with names from the function. A condition that cannot be evaluated takes its else branch, and a
     * text whose tags do not pair up loses its tags (./tutor check reports both, so a checked lesson never gets here).
     */
    public static String resolve(String text, Function<String, Double> values) {
        if (text == null || !text.contains("{if")) return text;
        try {
            StringBuilder sb = new StringBuilder();
            write(parse(text), values, sb);
            return sb.toString();
        } catch (Condition.Invalid e) {
            return TAG.matcher(text).replaceAll("");
        }
    }

    /** What is wrong with the text's conditions on this trace: unbalanced tags, unreadable conditions, unknown names. */
    public static List<String> problems(String text, Trace trace) {
        List<String> out = new ArrayList<>();
        if (text == null || !text.contains("{")) return out;
        List<Part> parts;
        try {
            parts = parse(text);
        } catch (Condition.Invalid e) {
            out.add(e.getMessage());
            return out;
        }
        check(parts, values(trace), out);
        return out;
    }

    /** The conditions of a text, in order (for tests and tools that ask what a text depends on). */
    public static List<Condition> conditions(String text) throws Condition.Invalid {
        List<Condition> out = new ArrayList<>();
        if (text != null && text.contains("{if")) collect(parse(text), out);
        return out;
    }

    static Function<String, Double> values(Trace trace) {
        return name -> trace.has(name) ? Double.valueOf(trace.value(name)) : trace.given(name);
    }

    // ---- reading and writing -------------------------------------------------------------------

    private static List<Part> parse(String text) throws Condition.Invalid {
        Matcher m = TAG.matcher(text);
        List<List<Part>> stack = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<List<Part>> thens = new ArrayList<>();
        List<Boolean> inElse = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            if (m.start() > from) current.add(new Literal(text.substring(from, m.start())));
            from = m.end();
            String tag = m.group(1);
            if (tag.startsWith("if")) {
                String condition = tag.substring(2).strip();
                if (condition.isEmpty()) throw new Condition.Invalid("{if} needs a condition: {if x1 + x2 > 1}");
                conditions.add(condition(condition));
                stack.add(current);
                thens.add(null);
                inElse.add(false);
                current = new ArrayList<>();
            } else if (tag.equals("else")) {
                int top = stack.size() - 1;
                if (top < 0) throw new Condition.Invalid("{else} without an {if} before it");
                if (inElse.get(top)) throw new Condition.Invalid("two {else} for one {if " + conditions.get(top) + "}");
                thens.set(top, current);
                inElse.set(top, true);
                current = new ArrayList<>();
            } else {
                int top = stack.size() - 1;
                if (top < 0) throw new Condition.Invalid("{end} without an {if} before it");
                List<Part> then = inElse.get(top) ? thens.get(top) : current;
                List<Part> otherwise = inElse.get(top) ? current : List.of();
                Choice choice = new Choice(conditions.remove(top), then, otherwise);
                current = stack.remove(top);
                thens.remove(top);
                inElse.remove(top);
                current.add(choice);
            }
        }
        if (!stack.isEmpty()) throw new Condition.Invalid("{if " + conditions.get(stack.size() - 1) + "} has no {end}");
        if (from < text.length()) current.add(new Literal(text.substring(from)));
        return current;
    }

    private static Condition condition(String condition) throws Condition.Invalid {
        try {
            return Condition.parse(condition);
        } catch (Condition.Invalid e) {
            throw new Condition.Invalid("in {if " + condition + "}: " + e.getMessage());
        }
    }

    private static void write(List<Part> parts, Function<String, Double> values, StringBuilder sb) {
        for (Part p : parts) {
            if (p instanceof Literal l) sb.append(l.text());
            else if (p instanceof Choice c) write(holds(c.condition(), values) ? c.then() : c.otherwise(), values, sb);
        }
    }

    private static boolean holds(Condition c, Function<String, Double> values) {
        try {
            return c.holds(values);
        } catch (Condition.Invalid e) {
            return false;
        }
    }

    private static void check(List<Part> parts, Function<String, Double> values, List<String> out) {
        for (Part p : parts) {
            if (p instanceof Choice c) {
                try {
                    c.condition().holds(values);
                } catch (Condition.Invalid e) {
                    out.add("in {if " + c.condition() + "}: " + e.getMessage());
                }
                check(c.then(), values, out);
                check(c.otherwise(), values, out);
            }
        }
    }

    private static void collect(List<Part> parts, List<Condition> out) {
        for (Part p : parts) {
            if (p instanceof Choice c) {
                out.add(c.condition());
                collect(c.then(), out);
                collect(c.otherwise(), out);
            }
        }
    }
}

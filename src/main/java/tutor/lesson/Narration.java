package tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Trace;

/**
 * Fills a lesson's narration from the engine: {=key} becomes the value of a traced quantity (or of a
 * given weight, input or target, or an expression of them), and {id} or {kind:id} a label. A lesson never types a computed number.
 */
public final class Narration {
    private Narration() {}

    private static final Pattern VALUE = Pattern.compile("\\{=([^{}]+)}");

    public static String fill(String text, Trace trace, Notation notation) {
        return fill(text, trace, notation, key -> false);
    }

    /**
     * As fill, with the values of hidden keys (a question still open) left blank. An expression is blank when
     * it names a hidden key.
     */
    public static String fill(String text, Trace trace, Notation notation, java.util.function.Predicate<String> hidden) {
        text = ConditionalText.resolve(text, trace); // {if …}…{else}…{end}: the branch these numbers make true
        Matcher m = VALUE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            boolean blank = hidden.test(key) || mentions(key, hidden);
            m.appendReplacement(sb, Matcher.quoteReplacement(blank ? BLANK : value(key, trace)));
        }
        m.appendTail(sb);
        return notation.render(sb.toString());
    }

    /** How an answer not yet given is shown. */
    public static final String BLANK = "____";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z0-9_]+)?");

    /** Whether a key, or an expression of keys (1 - a:o), names anything the predicate holds. */
    public static boolean mentions(String expression, java.util.function.Predicate<String> hidden) {
        Matcher m = NAME.matcher(expression);
        while (m.find()) if (hidden.test(m.group())) return true;
        return false;
    }

    /** The traced quantities whose values a text shows by name ({=delta:out}; not those inside an expression). */
    public static java.util.Set<String> shownValues(String text, Trace trace) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = VALUE.matcher(ConditionalText.resolve(text, trace));
        while (m.find()) if (trace.has(m.group(1))) out.add(m.group(1));
        return out;
    }

    /** The value keys a text refers to that the trace cannot fill. */
    public static List<String> unknownValues(String text, Trace trace) {
        List<String> unknown = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            String key = m.group(1);
            if (Figures.value(key, trace) == null) unknown.add(key);
        }
        return unknown;
    }

    /** A traced quantity as the trace shows it; a given value as given; an expression of them computed. */
    private static String value(String key, Trace trace) {
        if (trace.has(key)) return trace.get(key).result();
        Double given = trace.given(key);
        if (given != null) return Numbers.given(given);
        Double computed = Figures.value(key, trace);
        return computed == null ? "{=" + key + "}" : Numbers.computed(trace.precision().round(computed), trace.precision());
    }
}

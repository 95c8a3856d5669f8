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
        Matcher m = VALUE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1), trace)));
        }
        m.appendTail(sb);
        return notation.render(sb.toString());
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

package tutor.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns formula templates into text in a lesson's notation. A template names things by id in braces:
 * {w1} is a parameter or input label, {z:h1}, {a:h1}, {delta:h1}, {t:o1}, {loss:o1}, {new:w1} are the
 * quantities of a neuron or parameter, {L} the loss. A lesson may give any of these its own label (net_H₁, ŷ, E);
 * the rest follow the default pattern (z_h₁). In ASCII every glyph is replaced by plain characters.
 */
public final class Notation {

    /** A label in Unicode and in plain ASCII. */
    public record Label(String unicode, String ascii) {}

    private static final Pattern TOKEN = Pattern.compile("\\{(?:([a-zA-Z]+):)?([^{}:]+)}");

    private final Map<String, Label> labels;
    private final boolean ascii;

    public Notation(Map<String, Label> labels, boolean ascii) {
        this.labels = Map.copyOf(labels);
        this.ascii = ascii;
    }

    public static Notation plain() {
        return new Notation(Map.of(), false);
    }

    public boolean ascii() { return ascii; }

    public String render(String template) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(resolve(m.group(1), m.group(2))));
        }
        m.appendTail(sb);
        String text = sb.toString();
        return ascii ? Ascii.transliterate(text) : text;
    }

    /** The label of an id, or of one of its quantities (kind z, a, delta, t, loss, new). */
    public String label(String kind, String id) {
        String text = resolve(kind, id);
        return ascii ? Ascii.transliterate(text) : text;
    }

    private String resolve(String kind, String id) {
        String key = kind == null ? id : kind + ":" + id;
        Label own = labels.get(key);
        if (own != null) return ascii ? own.ascii() : own.unicode();
        if (kind == null) return id;
        String base = resolve(null, id);
        return switch (kind) {
            case "z" -> "z_" + base;
            case "a" -> "a_" + base;
            case "delta" -> (ascii ? "delta_" : "δ_") + base;
            case "t" -> "t_" + base;
            case "loss" -> "L_" + base;
            case "new" -> base + "_new";
            default -> kind + "_" + base;
        };
    }
}

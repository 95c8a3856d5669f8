package tutor.fuzz;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The five real lessons, mutated as a careless author or an attacker would: strings (control characters, escape
 * sequences, lengths, placeholders of other scripts' digits), numbers (extremes, wrong types), sizes (items
 * repeated or removed, networks grown within and beyond the limits), structure (fields removed, added, swapped)
 * and the text itself (cut short, stray bytes). Seeded: the same seed gives the same lessons.
 */
final class Lessons {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Random random;
    private final List<JsonObject> originals = new ArrayList<>();

    Lessons(long seed, Path folder) throws IOException {
        random = new Random(seed);
        for (String name : new String[] {"1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu"}) {
            originals.add(JsonParser.parseString(Files.readString(folder.resolve(name + ".json"))).getAsJsonObject());
        }
    }

    /** A mutated lesson: its text, and the mutations made, to name a failing case. */
    record Mutant(String text, String made) {}

    Mutant next() {
        JsonObject lesson = originals.get(random.nextInt(originals.size())).deepCopy();
        List<String> made = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        // Half are gentle: changes a careful author makes, most of which pass the check and so reach the player.
        boolean gentle = random.nextBoolean();
        for (int i = 0; i < count; i++) made.add(gentle ? gentle(lesson) : mutate(lesson));
        String text = GSON.toJson(lesson);
        if (random.nextInt(8) == 0) {
            text = mutateText(text);
            made.add("text");
        }
        return new Mutant(text, String.join(", ", made));
    }

    private String mutate(JsonObject lesson) {
        return switch (random.nextInt(9)) {
            case 0, 1 -> mutateString(lesson);
            case 2 -> mutateNumber(lesson);
            case 3 -> mutateSize(lesson);
            case 4 -> mutateStructure(lesson);
            case 5 -> growNetwork(lesson);
            case 6 -> insertControl(lesson);
            case 7 -> placeholder(lesson);
            default -> mutateLabel(lesson);
        };
    }

    private String gentle(JsonObject lesson) {
        return switch (random.nextInt(5)) {
            case 0 -> prose(lesson);
            case 1 -> value(lesson);
            case 2 -> growNetwork(lesson);
            case 3 -> validLabel(lesson);
            default -> steps(lesson);
        };
    }

    private static final java.util.Set<String> PROSE = java.util.Set.of("text", "title", "prompt", "question", "summary",
            "note", "explanation");

    private String prose(JsonObject lesson) {
        Place p = any(lesson, Lessons::isString);
        if (p == null || p.key == null || !PROSE.contains(p.key)) return "no prose";
        String[] safe = {" {=loss}", " {=٣ * loss}", " {w1}", " {=1 - a:o}", " {x1}", " ┌─┐│└┘", " Ωαβγδ",
            " " + "long".repeat(30), " " + "word ".repeat(random.nextInt(100)), " ∂L/∂w₁ ≈ δ·x", " (y − ŷ)²",
            " {=exp(1000)}", " {{=loss}}", " {=a:h}{=a:h}{=a:h}", " ‘quoted’ “text” — dash…", " 日本語"};
        String s = p.value.getAsString() + safe[random.nextInt(safe.length)];
        if (s.length() < 80 || !p.key.equals("title")) p.set(new JsonPrimitive(s));
        return "prose " + p.key;
    }

    private String value(JsonObject lesson) {
        Place p = any(lesson, Lessons::isNumber);
        if (p == null || "paper".equals(p.key) || "answer".equals(p.key) || "example".equals(p.key)) return "no value";
        double[] values = {0, 1, -1, 50, -50, 1e-9, 0.999, 3.14159, random.nextGaussian() * 5, 700, 1e-300};
        p.set(new JsonPrimitive(values[random.nextInt(values.length)]));
        return "value " + p.key;
    }

    private String validLabel(JsonObject lesson) {
        if (!(lesson.get("labels") instanceof JsonObject labels)) return "no labels";
        String[] keys = {"x1", "x2", "w1", "w3", "h", "o", "z:o", "a:h", "a:o", "L", "t:o", "delta:h", "H1", "Y1"};
        String[] texts = {"w₁₂₃₄₅₆₇₈₉₀₁", "xxxxxxxxxxxx", "∂", "a b", "", "{w1}", "{", "ŷ", "W", "─┼─", "δ_out", "日本"};
        labels.addProperty(keys[random.nextInt(keys.length)], texts[random.nextInt(texts.length)]);
        return "valid label";
    }

    private String steps(JsonObject lesson) {
        if (!(lesson.get("steps") instanceof JsonArray steps) || steps.size() == 0) return "no steps";
        if (random.nextInt(3) == 0) {
            lesson.remove("steps"); // the generated walk-through
            return "no steps: generated";
        }
        JsonElement step = steps.get(random.nextInt(steps.size()));
        int times = 1 + random.nextInt(random.nextInt(5) == 0 ? 200 : 5);
        for (int i = 0; i < times && steps.size() < 220; i++) steps.add(step.deepCopy());
        return "steps repeated " + times;
    }

    // ---- places in the tree ------------------------------------------------------------------------

    /** A value in the tree and how to replace it. */
    private record Place(JsonElement parent, String key, int index, JsonElement value) {
        void set(JsonElement v) {
            if (parent instanceof JsonObject o) o.add(key, v);
            else ((JsonArray) parent).set(index, v);
        }
    }

    private static void places(JsonElement parent, String key, int index, JsonElement e, List<Place> out) {
        if (parent != null) out.add(new Place(parent, key, index, e));
        if (e instanceof JsonObject o) {
            for (Map.Entry<String, JsonElement> f : new ArrayList<>(o.entrySet())) places(o, f.getKey(), -1, f.getValue(), out);
        } else if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) places(a, null, i, a.get(i), out);
        }
    }

    private List<Place> where(JsonObject lesson, java.util.function.Predicate<JsonElement> kind) {
        List<Place> all = new ArrayList<>();
        places(null, null, -1, lesson, all);
        all.removeIf(p -> !kind.test(p.value));
        return all;
    }

    private Place any(JsonObject lesson, java.util.function.Predicate<JsonElement> kind) {
        List<Place> all = where(lesson, kind);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    private static boolean isString(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isString();
    }

    private static boolean isNumber(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isNumber();
    }

    // ---- mutations ---------------------------------------------------------------------------------

    private static final String[] NASTY = {
        "", "a\nb", "a\tb", "\u001b]0;owned\u0007\u001b[2J", "\u0000", "\u007f", "\u009b31m", "\u202eevil", "\ud800",
        "\udfff", "\ud83d\ude00", "日本語のタイトル", "e\u0301\u0301\u0301", "{", "}", "{=", "{=loss", "{=٣ * loss}",
        "{=３ * loss}", "{=1e-999999999}", "{=.e1}", "{=-.e2}", "{=((((((((((1))))))))))}", "{=a:h / 0}", "{=nope}",
        "{w1}", "{z:nope}", "{a:}", "{:}", "{}", "{={=loss}}", "\\u001b", "%s%n", "$1", "\\", "\"", "..", "0.5",
        "paper:3", "paper:13", "exact", "sigmoid", "softmax", "half_sse", "forward", "update", "z:h", "a:o", "loss"
    };

    private String nasty() {
        int k = random.nextInt(12);
        if (k == 0) return "x".repeat(new int[] {12, 13, 52, 80, 81, 200, 201, 4000, 4001, 20_000}[random.nextInt(10)]);
        if (k == 1) return "word ".repeat(1 + random.nextInt(1500));
        if (k == 2) return NASTY[random.nextInt(NASTY.length)] + NASTY[random.nextInt(NASTY.length)];
        return NASTY[random.nextInt(NASTY.length)];
    }

    private String mutateString(JsonObject lesson) {
        Place p = any(lesson, Lessons::isString);
        if (p == null) return "no string";
        p.set(new JsonPrimitive(random.nextBoolean() ? nasty() : p.value.getAsString() + nasty()));
        return "string " + p.key;
    }

    private String insertControl(JsonObject lesson) {
        Place p = any(lesson, Lessons::isString);
        if (p == null) return "no string";
        String s = p.value.getAsString();
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        char c = (char) (random.nextBoolean() ? random.nextInt(32) : 0x7f + random.nextInt(0x21));
        p.set(new JsonPrimitive(s.substring(0, at) + c + s.substring(at)));
        return "control " + p.key;
    }

    private String placeholder(JsonObject lesson) {
        Place p = any(lesson, e -> isString(e));
        if (p == null) return "no string";
        String[] exprs = {"loss", "٣ * loss", "1 - a:o", "2^2000", "1e-99999999", ".e1", "a:h * a:h * a:h", "exp(1000)",
            "ln(0)", "sqrt(-1)", "(((1)))", "w1", "x1", "nope", "١/(١+٠٫٨١٠٦)", "-.e2", "٣"};
        p.set(new JsonPrimitive(p.value.getAsString() + " {=" + exprs[random.nextInt(exprs.length)] + "}"));
        return "placeholder " + p.key;
    }

    private String mutateNumber(JsonObject lesson) {
        Place p = any(lesson, Lessons::isNumber);
        if (p == null) return "no number";
        JsonElement[] values = {new JsonPrimitive(0), new JsonPrimitive(-0.0), new JsonPrimitive(1e308),
            new JsonPrimitive(-1e308), new JsonPrimitive(1e-320), new JsonPrimitive(1e300), new JsonPrimitive(123456789),
            new JsonPrimitive(-1), new JsonPrimitive(99), new JsonPrimitive(100), new JsonPrimitive(12),
            new JsonPrimitive(13), new JsonPrimitive(1e15), new JsonPrimitive(random.nextGaussian() * 10),
            new JsonPrimitive("0.5"), JsonNull.INSTANCE, new JsonPrimitive(true), new JsonArray(), new JsonObject(),
            new JsonPrimitive(700), new JsonPrimitive(-700), new JsonPrimitive(2.5)};
        p.set(values[random.nextInt(values.length)]);
        return "number " + p.key;
    }

    private String mutateSize(JsonObject lesson) {
        Place p = any(lesson, e -> e instanceof JsonArray);
        if (p == null) return "no array";
        JsonArray a = (JsonArray) p.value;
        int k = random.nextInt(4);
        if (k == 0 && a.size() > 0) {
            a.remove(random.nextInt(a.size()));
            return "remove from " + p.key;
        }
        if (k == 1) {
            while (a.size() > 0) a.remove(0);
            return "empty " + p.key;
        }
        if (a.size() == 0) return "empty stays " + p.key;
        JsonElement item = a.get(random.nextInt(a.size()));
        int times = random.nextInt(3) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(10);
        for (int i = 0; i < times; i++) a.add(item.deepCopy());
        return "repeat " + times + " in " + p.key;
    }

    private String mutateStructure(JsonObject lesson) {
        Place p = any(lesson, e -> true);
        if (p == null) return "nothing";
        switch (random.nextInt(6)) {
            case 0 -> {
                if (p.parent instanceof JsonObject o) o.remove(p.key);
                else ((JsonArray) p.parent).remove(p.index);
                return "remove " + p.key;
            }
            case 1 -> {
                if (p.value instanceof JsonObject o) o.add(random.nextBoolean() ? "unknown" : "example", new JsonPrimitive(random.nextInt(120) - 10));
                return "field in " + p.key;
            }
            case 2 -> {
                Place q = any(lesson, e -> true);
                if (q != null && q != p) {
                    p.set(q.value.deepCopy());
                    return "swap " + p.key + " " + q.key;
                }
                return "no swap";
            }
            case 3 -> {
                JsonArray a = new JsonArray();
                a.add(p.value.deepCopy());
                p.set(random.nextBoolean() ? a : new JsonObject());
                return "wrap " + p.key;
            }
            case 4 -> {
                if (p.parent instanceof JsonObject o && !p.key.isEmpty()) {
                    o.remove(p.key);
                    o.add(random.nextBoolean() ? p.key + "x" : nasty(), p.value);
                }
                return "rename " + p.key;
            }
            default -> {
                JsonObject step = new JsonObject();
                step.addProperty("section", "update");
                step.addProperty("title", nasty());
                step.addProperty("text", nasty());
                step.addProperty("example", random.nextInt(3));
                JsonArray quiz = new JsonArray();
                JsonObject fill = new JsonObject();
                fill.addProperty("fill", new String[] {"loss", "a:o", "grad:w1", "nope", "z:h"}[random.nextInt(5)]);
                quiz.add(fill);
                step.add("quiz", quiz);
                if (!lesson.has("steps")) lesson.add("steps", new JsonArray());
                if (lesson.get("steps") instanceof JsonArray steps) steps.add(step);
                return "step";
            }
        }
    }

    private String mutateLabel(JsonObject lesson) {
        if (!(lesson.get("labels") instanceof JsonObject labels)) return "no labels";
        String[] keys = {"x1", "x2", "w1", "w3", "h", "o", "z:o", "a:h", "a:o", "L", "t:o", "delta:h", "H1", "Y1", "nope"};
        String key = keys[random.nextInt(keys.length)];
        if (random.nextBoolean()) {
            labels.addProperty(key, nasty());
        } else {
            JsonObject label = new JsonObject();
            label.addProperty("unicode", nasty());
            label.addProperty("ascii", random.nextBoolean() ? "a" : nasty());
            labels.add(key, label);
        }
        return "label " + key;
    }

    /**
     * A neuron (or an input) added so that the network stays consistent: its weights, the next layer's weights
     * from it, values for all of them, and a target when it is an output. Such lessons pass the check, so the
     * menu, the player, print and trace meet networks of new shapes, up to and past the limits.
     */
    private String growNetwork(JsonObject lesson) {
        try {
            JsonObject net = lesson.getAsJsonObject("network");
            JsonArray layers = net.getAsJsonArray("layers");
            JsonObject params = lesson.getAsJsonObject("parameters");
            int times = random.nextInt(4) == 0 ? 1 + random.nextInt(20) : 1;
            int l = random.nextInt(layers.size() + 1) - 1; // -1: an input
            for (int t = 0; t < times; t++) {
                String id = "g" + random.nextInt(1_000_000);
                if (l < 0) {
                    net.getAsJsonArray("inputs").add(id);
                    for (JsonElement n : layers.get(0).getAsJsonObject().getAsJsonArray("neurons")) addWeight(n, id, params);
                    for (JsonElement ex : lesson.getAsJsonArray("examples")) ex.getAsJsonObject().getAsJsonObject("inputs").addProperty(id, random.nextDouble());
                    continue;
                }
                JsonObject layer = layers.get(l).getAsJsonObject();
                JsonArray neurons = layer.getAsJsonArray("neurons");
                int sources = neurons.get(0).getAsJsonObject().getAsJsonArray("weights").size();
                JsonObject neuron = new JsonObject();
                neuron.addProperty("id", id);
                JsonArray weights = new JsonArray();
                for (int i = 0; i < sources; i++) {
                    String w = id + "w" + i;
                    weights.add(w);
                    params.addProperty(w, random.nextGaussian());
                }
                neuron.add("weights", weights);
                neurons.add(neuron);
                if (l + 1 < layers.size()) {
                    for (JsonElement n : layers.get(l + 1).getAsJsonObject().getAsJsonArray("neurons")) addWeight(n, id, params);
                } else {
                    for (JsonElement ex : lesson.getAsJsonArray("examples")) ex.getAsJsonObject().getAsJsonObject("targets").addProperty(id, random.nextDouble());
                }
            }
            return "grow layer " + l + " by " + times;
        } catch (RuntimeException alreadyBroken) {
            return "grow on a broken network";
        }
    }

    private void addWeight(JsonElement neuron, String from, JsonObject params) {
        String w = "v" + from + "_" + random.nextInt(1_000_000);
        neuron.getAsJsonObject().getAsJsonArray("weights").add(w);
        params.addProperty(w, random.nextGaussian());
    }

    private String mutateText(String text) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at);
            case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
            default -> text.substring(0, at) + "\u001b[2J" + text.substring(at);
        };
    }
}

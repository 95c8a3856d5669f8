package tutor.teach;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.engine.Activation;
import tutor.engine.Backprop;
import tutor.engine.Layer;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.quiz.Practice;

/**
 * The features of a sheet's question that may change how often it is right, worked out by the engine on that
 * seed's numbers: the answer is negative; a ReLU neuron of the example is switched off.
 */
public final class LessonSheetFeatures implements SheetFeatures {
    public static final String NEGATIVE = "a negative answer";
    public static final String RELU_OFF = "a switched-off ReLU";

    private final Map<String, Lesson> lessons = new HashMap<>();
    private final Map<String, Practice.Generator> generators = new HashMap<>();
    private final Map<String, Lesson> sheets = new HashMap<>();

    public LessonSheetFeatures(List<Lesson> lessons) {
        for (Lesson l : lessons) this.lessons.put(l.id(), l);
    }

    @Override public Set<String> of(String lesson, Long seed, String item) {
        Lesson base = lessons.get(lesson);
        if (base == null || !item.startsWith("fill:")) return Set.of();
        String[] parts = item.split(":", 3);
        if (parts.length < 3) return Set.of();
        Lesson sheet;
        int example;
        try {
            example = Integer.parseInt(parts[1]);
            sheet = seed == null ? base : sheets.computeIfAbsent(lesson + "/" + seed,
                    k -> generators.computeIfAbsent(lesson, l -> new Practice.Generator(base)).sheet(seed));
        } catch (RuntimeException e) { // a seed no sheet can be drawn for, or an item of another version of the lesson
            return Set.of();
        }
        if (example < 0 || example >= sheet.examples().size()) return Set.of();
        Trace t = Backprop.trace(sheet.network(), sheet.parameters(), sheet.examples().get(example), sheet.precision());
        Set<String> out = new LinkedHashSet<>();
        if (t.has(parts[2]) && t.value(parts[2]) < 0) out.add(NEGATIVE);
        for (Layer layer : sheet.network().layers()) {
            if (layer.activation() != Activation.RELU) continue;
            for (String n : layer.neurons()) if (t.has("a:" + n) && t.value("a:" + n) == 0) out.add(RELU_OFF);
        }
        return out;
    }
}

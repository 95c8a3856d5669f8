package tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tutor.engine.Backprop;
import tutor.engine.Precision;
import tutor.engine.Trace;

/**
 * The five lessons made from the source documents: each loads and checks, and every decimal number its
 * document prints is a given value, a figure the engine reproduces, an erratum, or marked as no figure.
 */
class SeedLessonsTest {

    static Stream<String> lessons() {
        return Stream.of("1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu");
    }

    static Lesson load(String name) {
        LessonLoader.Loaded l = LessonLoader.load(Path.of("lessons", name + ".json"));
        assertTrue(l.ok(), l.problems().toString());
        return l.lesson();
    }

    @Test
    void theMenuOrderRunsFromTheSmallestNetworkToTheLargestIdea() throws IOException {
        List<String> ids = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) ids.add(l.lesson().id());
        assertEquals(List.of("tiny", "six-weights", "shared-bias", "two-outputs", "relu"), ids);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyPrintedNumberIsAccountedFor(String name) throws IOException {
        Lesson lesson = load(name);
        Set<Double> stated = new HashSet<>();
        for (Lesson.Figure f : lesson.figures()) stated.add(Math.abs(Double.parseDouble(f.stated())));
        for (Lesson.Erratum e : lesson.errata()) stated.add(Math.abs(Double.parseDouble(e.stated())));
        Set<Double> given = new HashSet<>();
        lesson.parameters().values().forEach(v -> given.add(Math.abs(v)));
        lesson.examples().forEach(ex -> {
            ex.inputs().values().forEach(v -> given.add(Math.abs(v)));
            ex.targets().values().forEach(v -> given.add(Math.abs(v)));
        });
        given.add(lesson.network().learningRate());
        List<String> unaccounted = new ArrayList<>();
        int figures = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/seed-numbers", name + ".txt"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            if (line.contains("#")) continue; // marked, with its reason, as no figure of the network
            String n = line.trim();
            figures++;
            double v = Double.parseDouble(n);
            boolean ok = given.contains(v) || stated.contains(v);
            if (!ok) unaccounted.add(n);
        }
        assertTrue(figures >= 20, "only " + figures + " numbers listed for " + name);
        assertEquals(List.of(), unaccounted, name + ": printed numbers matched by no figure or erratum");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonHasQuizzesOnItsKeyValues(String name) {
        Lesson lesson = load(name);
        Set<String> asked = new HashSet<>();
        for (Step s : lesson.steps()) {
            for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) asked.add(f.key());
        }
        assertTrue(asked.stream().anyMatch(k -> k.startsWith("z:") || k.startsWith("a:")), "a forward value");
        assertTrue(asked.contains("loss"), "the loss");
        assertTrue(asked.stream().anyMatch(k -> lesson.network().outputs().stream()
                .anyMatch(o -> k.equals("delta:" + o) || k.equals("dloss:" + o)) || outputGradient(lesson, k)),
                "an output δ or gradient");
        assertTrue(asked.stream().anyMatch(k -> hiddenGradient(lesson, k)), "a hidden gradient or δ");
        assertTrue(asked.stream().anyMatch(k -> k.startsWith("new:")), "an updated weight");
    }

    private static boolean outputGradient(Lesson lesson, String key) {
        return key.startsWith("grad:") && lesson.network().outputLayer().weightIds().stream()
                .anyMatch(row -> row.contains(key.substring(5)));
    }

    private static boolean hiddenGradient(Lesson lesson, String key) {
        if (key.startsWith("delta:") || key.startsWith("dA:")) {
            return !lesson.network().outputs().contains(key.substring(key.indexOf(':') + 1));
        }
        return key.startsWith("grad:") && !outputGradient(lesson, key);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void errataReallyDifferFromTheEngine(String name) {
        Lesson lesson = load(name);
        for (Lesson.Erratum e : lesson.errata()) {
            Trace exact = Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(e.example()),
                    Precision.EXACT);
            assertFalse(Figures.matches(e.stated(), Figures.value(e.key(), exact), Precision.EXACT), e.toString());
            assertFalse(e.note().isBlank());
        }
    }
}

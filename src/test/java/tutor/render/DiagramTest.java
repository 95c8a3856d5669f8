package tutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.engine.Backprop;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;

/**
 * The network diagram: every edge followed cell by cell from its source box to its arrow at its target, at many
 * sizes and in both glyph sets; biases on the drawing; nothing hidden drawn; golden screens of the cases issue 10
 * names. -Dgolden.update=true rewrites the golden files on purpose (read the diff).
 */
class DiagramTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/diagram");

    static Lesson lesson(String idOrPath) {
        try {
            LessonLoader.Loaded l = Catalog.find(idOrPath, Path.of("lessons"));
            assertNotNull(l, idOrPath);
            assertTrue(l.ok(), l.problems().toString());
            return l.lesson();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String THREE = "src/test/resources/lessons/three-inputs.json";
    static final String TWELVE = "src/test/resources/lessons/twelve-weights.json";

    static Stream<String> networks() {
        return Stream.of("tiny", "six-weights", "shared-bias", "two-outputs", "relu", THREE, TWELVE);
    }

    static Diagram layout(Lesson l, boolean ascii, Predicate<String> revealed, Set<String> focus, int w, int h) {
        Trace t = Backprop.trace(l.network(), l.parameters(), l.examples().get(0), l.precision());
        return Diagram.layout(new Diagram.Input(t, l.notation(ascii), Glyphs.of(ascii), revealed, focus), w, h);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void everyEdgeRunsFromItsSourceToAnArrowAtItsTarget(String id) {
        Lesson l = lesson(id);
        int minHeight = Diagram.minimumSize(l.network())[1];
        int drawn = 0;
        for (int w : new int[] {60, 70, 80, 90, 100, 120, 160, 200}) {
            for (int h = minHeight; h <= minHeight + 40; h += h < minHeight + 4 ? 1 : 9) {
                for (boolean ascii : new boolean[] {false, true}) {
                    for (Predicate<String> revealed : List.<Predicate<String>>of(k -> false, k -> true, k -> k.startsWith("z:"))) {
                        Diagram d = layout(l, ascii, revealed, Set.of(), w, h);
                        if (d.edges == null) continue; // too small: it says so (tested below)
                        drawn++;
                        assertAttached(d, id + " at " + w + "x" + h + (ascii ? " ascii" : ""));
                    }
                }
            }
        }
        assertTrue(drawn > 50, id + " was drawn at only " + drawn + " sizes");
        assertEquals(null, layout(l, false, k -> true, Set.of(), 80, minHeight).edges == null ? "too small at 80 columns" : null,
                id + " fits 80 columns at its minimum height");
    }

    /** Follows each edge: contiguous cells, line glyphs or its own label, an arrow against the target, a legend entry for its number. */
    static void assertAttached(Diagram d, String where) {
        Canvas c = d.canvas;
        Glyphs g = d.g;
        String text = c.toString();
        Set<String> entryRows = new HashSet<>();
        for (DiagramEdges.Drawn e : d.edges.drawn()) {
            Diagram.Node from = d.nodes.get(e.plan().from());
            Diagram.Node to = d.nodes.get(e.plan().to());
            String what = where + ": edge " + e.plan().from() + "→" + e.plan().to();
            List<int[]> cells = e.cells();
            int[] first = cells.get(0);
            int[] last = cells.get(cells.size() - 1);
            assertEquals(from.x() + from.width(), first[0], what + " leaves its source box");
            assertEquals(from.exitRow(), first[1], what + " leaves from its source's row");
            assertEquals(to.x() - 1, last[0], what + " arrives at its target box");
            assertTrue(last[1] > to.y() && last[1] < to.y() + to.height() - 1, what + " arrives inside the box");
            assertEquals(g.arrow(), c.charAt(last[0], last[1]), what + " ends in an arrow");
            assertTrue(entryRows.add(e.plan().to() + "@" + last[1]), what + " shares its entry row");
            for (int i = 0; i + 1 < cells.size(); i++) {
                int[] a = cells.get(i);
                int[] b = cells.get(i + 1);
                assertEquals(a[0] + 1, b[0], what + " is contiguous");
                assertTrue(Math.abs(a[1] - b[1]) <= 1, what + " moves one row per column at most");
                boolean label = a[1] == last[1] && a[0] >= e.labelFrom() && a[0] <= e.labelTo();
                char ch = c.charAt(a[0], a[1]);
                boolean line = ch == g.h() || ch == g.up() || ch == g.down() || ch == g.cross();
                if (!line && !label) fail(what + " is cut at column " + a[0] + ", row " + a[1] + " by '" + ch + "'\n" + text);
                if (i > 0 && a[1] != cells.get(i - 1)[1] || a[1] != b[1]) {
                    assertTrue(ch == g.up() || ch == g.down() || ch == g.cross(), what + " turns on a diagonal at column " + a[0] + "\n" + text);
                }
            }
            if (e.plan().labelled() && e.labelFrom() >= 0) {
                StringBuilder sb = new StringBuilder();
                for (int x = e.labelFrom(); x <= e.labelTo(); x++) sb.append(c.charAt(x, last[1]));
                String written = sb.toString();
                if (written.matches("\\d+")) {
                    String key = written + g.arrow() + " " + d.label(e.plan().param());
                    assertTrue(text.contains(key), what + ": its number " + written + " is not in the legend as \"" + key + "\"\n" + text);
                } else {
                    assertTrue(written.startsWith(d.label(e.plan().param()) + " "), what + " carries \"" + written + "\"");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void nothingHiddenIsDrawnAndEveryBiasIsOnTheDrawing(String id) {
        Lesson l = lesson(id);
        Trace t = Backprop.trace(l.network(), l.parameters(), l.examples().get(0), l.precision());
        Set<String> given = new HashSet<>();
        for (double v : t.parameters().values()) given.add(tutor.engine.Numbers.given(v));
        for (double v : t.example().inputs().values()) given.add(tutor.engine.Numbers.given(v));
        for (int w : new int[] {80, 200}) {
            String hidden = Diagram.draw(new Diagram.Input(t, l.notation(false), Glyphs.UNICODE, k -> false, Set.of()), w,
                    Diagram.minimumSize(l.network())[1] + 2).toString();
            for (Quantity q : t.quantities()) {
                if (given.contains(q.result()) || q.result().length() < 4) continue;
                assertFalse(hidden.contains(q.result()), id + " shows " + q.key() + " = " + q.result() + " before it is revealed\n" + hidden);
            }
            for (String p : l.network().parameterIds()) {
                if (l.network().isBias(p)) {
                    String label = l.notation(false).label(null, p);
                    assertTrue(hidden.contains("+" + label + " ") || hidden.contains("(" + label + " "), id + ": bias " + p + " not drawn\n" + hidden);
                }
            }
        }
    }

    @Test
    void aSharedBiasIsOneNodeWithAnEdgeToEveryNeuronItFeeds() {
        for (String id : new String[] {"shared-bias", "two-outputs", TWELVE}) {
            Lesson l = lesson(id);
            Diagram d = layout(l, false, k -> false, Set.of(), 80, Diagram.minimumSize(l.network())[1]);
            Map<String, Integer> fed = new java.util.HashMap<>();
            for (DiagramEdges.Drawn e : d.edges.drawn()) {
                if (d.nodes.get(e.plan().from()).kind() == Diagram.Kind.BIAS) fed.merge(e.plan().from(), 1, Integer::sum);
            }
            for (var layer : l.network().layers()) {
                for (String b : Diagram.sharedBiases(layer)) {
                    long users = layer.biasIds().stream().filter(b::equals).count();
                    assertEquals((int) users, fed.get(b), id + ": " + b + " feeds " + users + " neurons");
                }
            }
        }
    }

    @Test
    void aTerminalTooSmallForTheDiagramIsToldWhatItNeeds() {
        Lesson l = lesson("two-outputs");
        String small = Diagram.draw(new Diagram.Input(Backprop.trace(l.network(), l.parameters(), l.examples().get(0), l.precision()),
                l.notation(true), Glyphs.ASCII, k -> false, Set.of()), 50, 10).toString();
        assertTrue(small.replaceAll("\\s+", " ").contains("The diagram of this 2-2-2 sigmoid network needs 64x10 characters"), small);
        assertTrue(small.chars().allMatch(ch -> ch < 128), small);
        assertTrue(Diagram.minimumSize(lesson(THREE).network())[0] <= 80, "a 3-input network fits 80 columns");
        assertTrue(Diagram.minimumSize(lesson(THREE).network())[1] <= 10, "and the 10 rows an 80x24 step screen has for it");
    }

    @Test
    void aLabelOfAnyLengthIsCutAndBreaksNothing() {
        // A lesson file may not hold such labels (the reader refuses them), but the diagram must not depend on it.
        String longName = "a_label_far_longer_than_any_box_or_edge_could_ever_hold_".repeat(3);
        Lesson base = lesson("shared-bias");
        java.util.Map<String, tutor.engine.Notation.Label> labels = new java.util.HashMap<>(base.labels());
        for (String id : new String[] {"h1", "b1", "b2", "x2", "w1"}) labels.put(id, new tutor.engine.Notation.Label(longName, longName));
        Lesson l = new Lesson(base.id(), base.title(), base.source(), base.file(), base.summary(), base.network(), base.parameters(),
                base.examples(), labels, base.precision(), base.steps(), base.figures(), base.errata(), base.assumptions(),
                base.practice());
        for (boolean ascii : new boolean[] {false, true}) {
            Diagram cramped = layout(l, ascii, k -> true, Set.of(), 80, 10);
            assertTrue(cramped.edges != null || cramped.canvas.toString().matches("(?s).*needs \\d+[x×]10 characters.*"), "at 80x10 it is drawn, or says what it needs:\n"
                    + cramped.canvas);
            for (int[] size : new int[][] {{100, 10}, {120, 16}, {200, 50}}) {
                Diagram d = layout(l, ascii, k -> true, Set.of(), size[0], size[1]);
                assertNotNull(d.edges, "drawn at " + size[0] + "x" + size[1] + "\n" + d.canvas);
                assertAttached(d, "long labels at " + size[0] + "x" + size[1]);
                String drawn = d.canvas.toString();
                assertTrue(drawn.contains(ascii ? "a_label>" : "a_label…"), drawn);
                assertFalse(drawn.contains(longName.substring(0, 20)), drawn);
            }
        }
    }

    // ---- golden screens ------------------------------------------------------------------------

    @Test
    void goldenScreens() throws IOException {
        Set<String> noFocus = Set.of();
        golden("shared-bias-80x10-update.txt", "shared-bias", false, k -> true, Set.of("b1", "h1", "h2"), 80, 10);
        golden("two-outputs-80x10.txt", "two-outputs", false, k -> false, noFocus, 80, 10);
        golden("two-outputs-80x10-update-ascii.txt", "two-outputs", true, k -> true, noFocus, 80, 10);
        golden("three-inputs-80x10.txt", THREE, false, k -> k.startsWith("z:") || k.startsWith("a:"), noFocus, 80, 10);
        golden("twelve-weights-80x13-update.txt", TWELVE, false, k -> true, noFocus, 80, 13);
        golden("two-outputs-200x50.txt", "two-outputs", false, k -> !k.startsWith("new:"), Set.of("H1", "w1"), 200, 50);
        golden("relu-100x20.txt", "relu", false, k -> true, noFocus, 100, 20);
    }

    private void golden(String file, String id, boolean ascii, Predicate<String> revealed, Set<String> focus, int w, int h) throws IOException {
        Diagram d = layout(lesson(id), ascii, revealed, focus, w, h);
        assertNotNull(d.edges, file + " should be drawn, not too small");
        assertAttached(d, file);
        String actual = d.canvas.toString();
        if (ascii) assertTrue(actual.chars().allMatch(ch -> ch < 128), file);
        tutor.testing.Golden.compare(GOLDEN.resolve(file), actual);
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }
}

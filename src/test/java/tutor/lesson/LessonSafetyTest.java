package tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.engine.Backprop;
import tutor.engine.Precision;

/**
 * Issue 9's lesson reproductions: each crashed the menu, hung a command or ran out of memory. Now each is a
 * problem with its place, found before anything is computed, and whatever loads can be traced.
 */
class LessonSafetyTest {

    @TempDir Path dir;

    static String tiny() throws IOException {
        return Files.readString(Path.of("lessons/1-tiny.json"));
    }

    private LessonLoader.Loaded load(String text) throws IOException {
        Path p = dir.resolve("lesson.json");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return LessonLoader.load(p);
    }

    private static Problem only(LessonLoader.Loaded l) {
        assertFalse(l.ok(), "should not load");
        assertEquals(1, l.problems().size(), l.problems().toString());
        return l.problems().get(0);
    }

    @Test
    void aNewlineInATitleIsFoundWhereItIs() throws IOException {
        String text = tiny().replace("One hidden neuron: the", "One hidden\\nneuron: the");
        Problem p = only(load(text));
        assertEquals("$.title", p.path());
        assertEquals(LessonLoaderTest.lineOf(text, "\"title\""), p.line());
        assertEquals(12, p.column());
        assertEquals("a control character (U+000A) at character 11; a title is one line", p.message());
    }

    @Test
    void anUnknownFieldWhoseNameHoldsEscapedControlOrBidiCharactersIsFoundWhereItIs() throws IOException {
        for (String name : List.of("ti\\u001btle", "\\u202etitle", "x\\u0000y")) {
            String text = tiny().replaceFirst("\"title\":", "\"" + name.replace("\\", "\\\\") + "\": 1, \"title\":");
            Problem p = only(load(text));
            assertEquals("$." + name.replace("\\\\", "\\"), p.path(), "the name escaped in the path");
            assertTrue(p.message().startsWith("unknown field"), p.message());
            int line = LessonLoaderTest.lineOf(text, "\"title\"");
            assertEquals(line, p.line(), "the line of the field, not 1:1: " + p);
            String lineText = text.split("\n", -1)[line - 1];
            assertEquals(lineText.indexOf(": 1,") + 3, p.column(), "the column of its value: " + p + " in " + lineText);
        }
    }

    @Test
    void anEscapeInNarrationIsRefusedAndItsMessageIsEscaped() throws IOException {
        Problem p = only(load(tiny().replaceFirst("\"activation\": \"sigmoid\"", "\"activation\": \"\\\\u001b]0;owned\\\\u0007\\\\u001b[2J\"")));
        assertEquals("$.network.layers[0].activation", p.path());
        assertTrue(p.message().startsWith("a control character (U+001B) at character 1"), p.message());
        Problem label = only(load(tiny().replace("\"z:o\": \"z_out\"", "\"z:o\": \"z\\u0007\"")));
        assertEquals("$.labels.z:o", label.path());
    }

    @Test
    void problemsShowControlCharactersEscaped() {
        Problem p = new Problem("a\u001b.json", 1, 2, "$.x\u0007", "unknown activation \"\u001b]0;owned\u0007\u001b[2J\u202e\"");
        assertEquals("a\\u001b.json:1:2: $.x\\u0007: unknown activation \"\\u001b]0;owned\\u0007\\u001b[2J\\u202e\"", p.toString());
        assertTrue(p.toString().chars().allMatch(c -> c >= 32 && c != 127), p.toString());
        assertEquals("w₁ stays as it is", Problem.escaped("w₁ stays as it is"));
    }

    @Test
    void anInputLabelOf52CharactersIsRefused() throws IOException {
        Problem p = only(load(tiny().replace("\"unicode\": \"x₁\"", "\"unicode\": \"" + "x".repeat(52) + "\"")));
        assertEquals("$.labels.x1.unicode", p.path());
        assertEquals("this is 52 characters long; a label may be at most 12", p.message());
    }

    @Test
    void arabicIndicDigitsInANarrationPlaceholderAreTheirValue() throws IOException {
        LessonLoader.Loaded l = load(tiny().replace("{=a:h}.", "{=٣ * loss}."));
        assertTrue(l.ok(), l.problems().toString());
        var trace = Backprop.trace(l.lesson().network(), l.lesson().parameters(), l.lesson().examples().get(0), l.lesson().precision());
        assertEquals(3 * trace.value("loss"), Figures.value("٣ * loss", trace), 1e-12);
    }

    /** A layer of n neurons, all with the same weight ids, after `sources` sources. */
    private static String layer(String prefix, int n, int sources, String activation, boolean sharedWeight) {
        StringBuilder sb = new StringBuilder("{\"activation\": \"" + activation + "\", \"neurons\": [");
        for (int j = 0; j < n; j++) {
            sb.append(j > 0 ? ", " : "").append("{\"id\": \"").append(prefix).append(j).append("\", \"weights\": [");
            for (int i = 0; i < sources; i++) sb.append(i > 0 ? ", " : "").append("\"w").append(sharedWeight ? "" : prefix + j + "_" + i).append('"');
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    private static String network(int[] sizes, boolean sharedWeight) {
        StringBuilder layers = new StringBuilder();
        int sources = 2;
        for (int l = 0; l < sizes.length; l++) {
            String prefix = l == sizes.length - 1 ? "o" : "h" + l + "n";
            layers.append(l > 0 ? ", " : "").append(layer(prefix, sizes[l], sources, "sigmoid", sharedWeight));
            sources = sizes[l];
        }
        return "{\"id\": \"big\", \"title\": \"big\", \"network\": {\"inputs\": [\"x1\", \"x2\"], \"layers\": [" + layers
                + "], \"loss\": \"sse\", \"learningRate\": 0.1}, \"parameters\": {\"w\": 0.1}, "
                + "\"examples\": [{\"inputs\": {\"x1\": 1, \"x2\": 2}, \"targets\": {\"o0\": 1}}]}";
    }

    @Test
    void networksBeyondTheLimitsAreRefusedBeforeAnyArithmetic() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Problem wide = only(load(network(new int[] {6000, 1}, false)));
            assertEquals("this layer has 6000 neurons; a layer may have at most 16", wide.message());
            assertEquals("$.network.layers[0].neurons", wide.path());
            assertTrue(wide.line() >= 1 && wide.column() >= 1);
            Problem deep = only(load(network(new int[] {100, 100, 100, 1}, false)));
            assertEquals("this layer has 100 neurons; a layer may have at most 16", deep.message());
            Problem shared = only(load(network(new int[] {300, 300, 1}, true)));
            assertEquals("this layer has 300 neurons; a layer may have at most 16", shared.message());
            Problem many = only(load(network(new int[] {16, 16, 16, 1}, true)));
            assertEquals("the network has 49 neurons; a lesson may have at most 48", many.message());
            Problem layers = only(load(network(new int[] {1, 1, 1, 1, 1, 1, 1}, true)));
            assertEquals("there are 7 layers; a lesson may have at most 6", layers.message());
        });
    }

    @Test
    void theLargestNetworkAllowedTracesAtOnce() throws IOException {
        // 2-16-16-15-1 with every weight its own: 48 neurons, 32 + 256 + 240 + 15 = 543 weights is too many ...
        Problem p = only(load(network(new int[] {16, 16, 15, 1}, false).replace("\"parameters\": {\"w\": 0.1}", "\"parameters\": {}")));
        assertEquals("the network has 543 weights (connections); a lesson may have at most 512", p.message());
        // ... and one shared weight on a network within the limits checks, traces and prints at once
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            LessonLoader.Loaded l = load(network(new int[] {16, 16, 13, 1}, true));
            assertTrue(l.ok(), l.problems().toString());
            var t = Backprop.trace(l.lesson().network(), l.lesson().parameters(), l.lesson().examples().get(0), Precision.EXACT);
            assertTrue(t.has("grad:w"));
            String handout = tutor.render.Handout.print(l.lesson(), false, Precision.paper(4));
            assertTrue(handout.length() > 1000);
        });
    }

    @Test
    void aMegabyteOfNarrationIsRefusedByItsLength() throws IOException {
        String text = tiny().replace("Two inputs feed", "word ".repeat(150_000) + "Two inputs feed");
        Problem p = only(load(text));
        assertEquals("$.steps[0].text", p.path());
        assertTrue(p.message().startsWith("this is 750"), p.message());
        assertTrue(p.message().endsWith("characters long; a text may be at most 4000"), p.message());
    }

    @Test
    void theFirstBadByteOfAMegabyteIsFoundInOnePass() throws IOException {
        byte[] bytes = new byte[(int) LessonLoader.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 3] = '\n';
        bytes[bytes.length - 2] = (byte) 0xC3; // a two-byte character cut short by the end of the file
        bytes[bytes.length - 1] = '}';
        Path p = dir.resolve("latin.json");
        Files.write(p, bytes);
        Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only(LessonLoader.load(p)));
        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().startsWith("the file is not UTF-8 text (byte " + (bytes.length - 2)), problem.message());
    }

    @Test
    void aDeviceOrAPipeIsRefusedWithoutReadingIt() throws Exception {
        Problem zero = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only(LessonLoader.load(Path.of("/dev/zero"))));
        assertEquals("not a regular file (a folder, device or pipe); expected a lesson's .json file", zero.message());
        Path fifo = dir.resolve("fifo.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Problem pipe = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only(LessonLoader.load(fifo)));
        assertEquals(zero.message(), pipe.message());
        assertEquals(zero.message(), assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> only(LessonLoader.read(fifo))).message());
    }

    @Test
    void findingALessonByIdReadsNoOtherLesson() throws IOException {
        Files.writeString(dir.resolve("1-tiny.json"), tiny());
        // a lesson that is no JSON at all, and one whose id is not where the catalogue would look first
        Files.writeString(dir.resolve("5-relu.json"), "{\"id\": \"relu\", " + "[".repeat(100_000));
        Files.writeString(dir.resolve("6-other.json"), tiny().replace("\"id\": \"tiny\"", "\"id\": \"other\""));
        LessonLoader.Loaded found = Catalog.find("tiny", dir);
        assertTrue(found.ok(), found.problems().toString());
        assertEquals("other", Catalog.find("other", dir).lesson().id());
        LessonLoader.Loaded relu = Catalog.find("relu", dir);
        assertFalse(relu.ok());
        assertEquals(List.of("tiny", "relu", "other"), Catalog.ids(dir));
    }

    @Test
    void manyProblemsStillEachHaveAPlace() throws IOException {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 2000; i++) fields.append("\"bad").append(i).append("\": 1, ");
        LessonLoader.Loaded l = load(tiny().replace("\"id\": \"tiny\",", fields + "\"id\": \"tiny\","));
        assertEquals(2000, l.problems().size());
        for (Problem p : l.problems()) assertTrue(p.line() > 1 && p.column() > 1, p.toString());
    }
}

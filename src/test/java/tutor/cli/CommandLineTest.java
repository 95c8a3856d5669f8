package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.Main;

/** The commands a teacher or a script uses, run in-process with captured output. */
class CommandLineTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void traceJsonHasEveryQuantityWithValuePaperAndFormulas() {
        Run r = run("trace", "tiny", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("tiny", root.get("lesson").getAsString());
        JsonArray qs = root.getAsJsonArray("quantities");
        Map<String, JsonObject> byKey = new HashMap<>();
        qs.forEach(q -> byKey.put(q.getAsJsonObject().get("key").getAsString(), q.getAsJsonObject()));
        for (String key : new String[] {"z:h", "a:h", "z:o", "a:o", "loss", "delta:o", "delta:h", "grad:w1", "grad:w2",
            "grad:w3", "new:w1", "new:w2", "new:w3"}) {
            assertTrue(byKey.containsKey(key), key);
        }
        JsonObject ah = byKey.get("a:h");
        assertEquals(0.7502601055951177, ah.get("value").getAsDouble(), 1e-15);
        assertEquals(0.750, ah.get("paper").getAsDouble(), 0.0);
        assertEquals("h = σ(z_h) = 1 / (1 + e^(−z_h))", ah.get("symbolic").getAsString());
        assertEquals("h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.3329) ≈ 0.7503", ah.get("substituted").getAsString());
        assertEquals(0.812, byKey.get("new:w3").get("paper").getAsDouble(), 0.0);
    }

    @Test
    void traceAcceptsAPathAndAsciiLabels() {
        Run r = run("trace", "lessons/1-tiny.json", "--json", "--ascii");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"y^ = sig(z_out) = 1 / (1 + e^(-z_out))\""), r.out());
        assertTrue(r.out().chars().allMatch(c -> c < 128), "ASCII only");
    }

    @Test
    void printIsAHandoutInUnicodeAndAscii() {
        Run u = run("print", "tiny");
        assertEquals(0, u.exit(), u.err());
        assertTrue(u.out().contains("z_h = w₁·x₁ + w₂·x₂ = 0.5 × 1 + 0.3 × 2 = 1.100"), u.out());
        Run a = run("print", "tiny", "--ascii");
        assertTrue(a.out().contains("z_h = w1*x1 + w2*x2 = 0.5 * 1 + 0.3 * 2 = 1.100"), a.out());
        assertTrue(a.out().chars().allMatch(c -> c < 128), "ASCII only");
        for (String line : u.out().split("\n")) assertTrue(line.codePointCount(0, line.length()) <= 80, line);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void everyLessonPrintsWithin80ColumnsInUnicodeAndAscii(String id) {
        for (String[] args : new String[][] {{"print", id}, {"print", id, "--ascii"}, {"print", id, "--paper", "2"}}) {
            Run r = run(args);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().length() > 2000, r.out());
            for (String line : r.out().split("\n")) assertTrue(line.codePointCount(0, line.length()) <= 80, line);
            if (args.length > 2 && args[2].equals("--ascii")) {
                assertTrue(r.out().chars().allMatch(c -> c < 128), "ASCII only: " + id);
            }
            assertFalse(r.out().contains("{"), "an unfilled placeholder in " + id);
        }
    }

    @Test
    void errataShowWhereTheirFigureComesUp() {
        Run r = run("print", "two-outputs");
        String step = r.out().substring(r.out().indexOf("12. The gradient of w₁, path by path"));
        step = step.substring(0, step.indexOf("\n13."));
        assertTrue(step.contains("Erratum: the document gives ∂E_total/∂w₁ = 0.0277; correct is 0.000448."), step);
        assertTrue(step.contains("path (via Y₁):"), step);
        assertTrue(step.contains("path (via Y₂):"), step);
        assertTrue(step.contains("sum of 2 paths:"), step);
    }

    @Test
    void printInAnotherPaperPrecision() {
        Run r = run("print", "tiny", "--paper", "4");
        // on paper to 4 decimals e^(−1.1) is 0.3329, and 1 / 1.3329 is 0.7502 (the exact σ(1.1) is 0.75026)
        assertTrue(r.out().contains("h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.3329) = 0.7502"), r.out());
        assertTrue(r.out().contains("paper mode, every intermediate rounded to 4 decimals"));
    }

    @Test
    void unknownLessonAndBadUsageGoToStderrWithExitCodes() {
        Run r = run("print", "nosuch");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no lesson \"nosuch\"; lessons: tiny"), r.err());
        assertEquals("", r.out());
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("print").exit());
        Run bad = run("print", "tiny", "--paper", "x");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--paper takes a whole number from 0 to 12, not \"x\""), bad.err());
        assertEquals(2, run("print", "tiny", "--colour").exit());
    }

    @Test
    void helpAndVersion() {
        Run h = run("--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("./tutor print LESSON"));
        assertTrue(h.out().contains("./tutor class report         the gradebook: a row per student, a column per\n"
                + "        lesson [--csv] [--long] [--format canvas | --format moodle]"), h.out());
        assertTrue(h.out().contains("./tutor class codes --roster class.csv [ID...]   one-time login codes"), h.out());
        assertTrue(h.out().contains("./tutor class sheets --roster class.csv   a practice seed for each student"), h.out());
        assertTrue(h.out().contains("[--port 2222] [--roster class.csv] [--bind ADDR] [--idle-hours N]"), h.out());
        assertTrue(h.out().contains("serve and class take the same --state DIR (default\n"
                + "        ~/.local/state/backprop-tutor/server)"), h.out());
        assertTrue(h.out().contains("69 no Java 17 or no Maven to\n  build with (./tutor)"), h.out());
        assertTrue(h.out().contains("77 refused (./tutor): a shared copy\n  that is not yours to build, or that another user could "
                + "change."), h.out());
        for (String line : h.out().split("\n")) assertTrue(line.length() <= 80, line);
        Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().matches("backprop-tutor \\d+\\.\\d+\\.\\d+\\s*"), v.out());
    }

    @Test
    void checkPassesOnTheLessonsAndFailsOnABrokenFile(@TempDir Path dir) throws Exception {
        Run ok = run("check");
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": 1}");
        Run bad = run("check", broken.toString());
        assertEquals(1, bad.exit());
        // Wrapped at 80 columns, a long path and all: each problem still starts with its file:line:col.
        assertTrue(bad.out().replace("\n  ", " ").contains(broken + ":1:8: $.id: expected a string, found a number"), bad.out());
        assertTrue(bad.err().contains("1 lesson checked, 1 with"), bad.err());
    }

    @Test
    void checkRefusesALessonWhosePracticeRulesNoSheetCanMeetNamingTheRule(@TempDir Path dir) throws Exception {
        // A leaky ReLU is never exactly 0, so relu's rule "one hidden neuron is off" can never hold on a sheet.
        String relu = Files.readString(Path.of("lessons/5-relu.json"));
        Path leaky = dir.resolve("5-relu.json");
        Files.writeString(leaky, relu.replace("\"activation\": \"relu\"", "\"activation\": \"leaky_relu\""));
        Run r = run("check", leaky.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        int line = (int) relu.substring(0, relu.indexOf("\"require\"")).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(r.out().startsWith(leaky + ":" + line + ":"), "at the rule's line:\n" + r.out());
        // the message wraps on words at 80 columns, as all the commands' text
        assertTrue(r.out().replaceAll("\\s+", " ").contains(": $.practice.require: no practice sheet can be drawn (seeds 1 to 2 "
                + "tried): most draws fail because example 1 does not meet a:H1 = 0 and a:H2 > 0 or a:H1 > 0 and a:H2 = 0;"), r.out());
    }

    @Test
    void aBrokenLessonNamedByPathExits65() throws Exception {
        Path broken = Files.createTempFile("broken", ".json");
        Files.writeString(broken, "{");
        Run r = run("print", broken.toString());
        assertEquals(65, r.exit());
        assertTrue(r.err().contains("ends in the middle"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Files.delete(broken);
    }
}

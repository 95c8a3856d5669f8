package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.Main;
import tutor.engine.Backprop;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;
import tutor.quiz.Practice;

/** Handouts a teacher prints: pure ASCII when asked or under LANG=C, a student's sheet without answers, the key. */
class HandoutTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String[] LESSONS = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"};

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void asciiHandoutsArePureAscii(String id) {
        for (String[] extra : new String[][] {{}, {"--blank"}, {"--key"}, {"--seed", "7"}, {"--seed", "7", "--blank"}, {"--paper", "2"}}) {
            List<String> args = new ArrayList<>(List.of("print", id, "--ascii"));
            args.addAll(List.of(extra));
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertPureAscii(r.out(), args.toString());
            assertTrue(r.out().contains("-- Forward pass --"), r.out());
            assertFalse(r.out().contains("??"), "a glyph lost in transliteration: " + args + "\n" + r.out());
        }
    }

    @Test
    void underLangCEveryTextCommandIsPureAscii() throws Exception {
        for (String[] args : new String[][] {{"print", "relu"}, {"print", "two-outputs", "--blank"}, {"print", "relu", "--key"},
            {"trace", "tiny"}, {"list"}}) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "tutor.Main"));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().remove("LC_ALL");
            pb.environment().remove("LC_CTYPE");
            pb.environment().put("LANG", "C");
            Process p = pb.start();
            byte[] bytes = p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), new String(bytes, StandardCharsets.UTF_8));
            assertTrue(bytes.length > 200, List.of(args).toString());
            for (byte b : bytes) assertTrue(b >= 0, List.of(args) + " printed a byte above 127 under LANG=C");
            assertFalse(new String(bytes, StandardCharsets.US_ASCII).contains("??"), List.of(args).toString());
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+\\.[0-9]+");

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void theStudentsSheetHasABlankForEveryQuestionAndNoAnswerAnywhere(String id) throws Exception {
        Lesson lesson = Catalog.find(id, Catalog.folder()).lesson();
        for (long seed = -1; seed < 5; seed++) {
            Lesson sheet = seed < 0 ? lesson : Practice.of(lesson, seed);
            List<String> args = new ArrayList<>(List.of("print", id, "--blank"));
            if (seed >= 0) args.addAll(List.of("--seed", Long.toString(seed)));
            String blank = run(args.toArray(String[]::new)).out();
            Set<String> answers = answers(sheet);
            Set<String> numbers = new HashSet<>();
            Matcher m = NUMBER.matcher(blank);
            while (m.find()) numbers.add(m.group());
            for (String a : answers) assertFalse(numbers.contains(a), args + " shows the answer " + a + "\n" + blank);
            int questions = 0;
            for (Step s : Walkthrough.stepsOf(sheet)) for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill) questions++;
            assertEquals(questions, blank.split("\n     Answer: ________\n", -1).length - 1, args.toString());
            assertFalse(blank.contains("Erratum"), "errata give the correct values away");
            assertFalse(blank.contains("← right"), "nor does a marked choice");

            args.set(2, "--key");
            String key = run(args.toArray(String[]::new)).out();
            for (String a : answers) assertTrue(key.contains(" = " + a + "   ("), args + " lacks " + a + "\n" + key);
            assertFalse(key.contains("Parameters:"), "the key is the answers only");
        }
    }

    /** Every asked value as the sheet shows it. */
    private static Set<String> answers(Lesson sheet) {
        List<Trace> traces = new ArrayList<>();
        for (var ex : sheet.examples()) traces.add(Backprop.trace(sheet.network(), sheet.parameters(), ex, sheet.precision()));
        Set<String> out = new HashSet<>();
        for (Step s : Walkthrough.stepsOf(sheet)) {
            for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) out.add(traces.get(s.example()).get(f.key()).result());
        }
        return out;
    }

    @Test
    void theHandoutShowsTheDiagramAndThePrecisionActuallyUsed() {
        String paper4 = run("print", "tiny", "--paper", "4").out();
        assertTrue(paper4.replace("\n", " ").contains("Numbers: paper mode, every intermediate rounded to 4 decimals, half away from "
                + "zero (the lesson itself uses paper mode to 3 decimals)"), paper4);
        assertFalse(paper4.contains("keeps 3 decimals"), paper4);
        assertTrue(paper4.contains("┌x₁──┐"), "the network diagram:\n" + paper4);
        assertTrue(paper4.contains("w₃ 0.8"), paper4);
        String own = run("print", "tiny").out();
        assertTrue(own.replace("\n", " ").contains("Numbers: paper mode, every intermediate rounded to 3 decimals, half away from zero "
                + "Example:"), own);
        assertTrue(own.contains("Source document: How Neural Networks Learn: How It Works — Step by Step"), own);
        assertFalse(own.contains("003_6ee430ad6f93a92a"), "learners see the document's title, not its file");
    }

    @Test
    void traceOnPaperUsesItsDecimals() {
        String exact = run("trace", "tiny").out();
        String paper2 = run("trace", "tiny", "--paper", "2").out();
        assertNotEquals(exact, paper2);
        assertTrue(paper2.contains("h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.33) = 0.75"), paper2);
        assertTrue(exact.contains("h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.3329) ≈ 0.7503"), exact);
    }

    @Test
    void listGivesEachLessonsIdNetworkAndTitleAndHelpPointsThere() {
        Run r = run("list");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        // A title under its network: side by side they would pass 80 columns.
        assertEquals("id           network", lines[0]);
        assertEquals("             title", lines[1]);
        assertEquals("tiny         2-1-1 sigmoid, Σ(y − ŷ)², η = 0.1", lines[2]);
        assertEquals("             One hidden neuron: the smallest backprop", lines[3]);
        for (String id : LESSONS) assertTrue(r.out().contains("\n" + id + " "), id);
        assertTrue(run("--help").out().contains("LESSON is a lesson id (./tutor list shows them)"));
        assertTrue(run("list", "--ascii").out().contains("tiny         2-1-1 sigmoid, sum(y - y^)^2, eta = 0.1"));
        assertEquals(2, run("print", "tiny", "--blank", "--key").exit());
    }

    static void assertPureAscii(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                int from = Math.max(0, i - 30);
                throw new AssertionError(what + ": not ASCII at \"" + text.substring(from, Math.min(text.length(), i + 10)) + "\"");
            }
        }
    }
}

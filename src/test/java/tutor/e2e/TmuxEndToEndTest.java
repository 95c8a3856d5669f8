package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program in tmux at 80×24, as a learner over SSH sees it: menu, a lesson, steps, a quiz, resizes,
 * quit, and the progress file afterwards. Each test has its own tmux server and kills it in the end.
 */
class TmuxEndToEndTest {

    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @BeforeAll
    static void needTmux() {
        boolean present = run(List.of("tmux", "-V")) == 0;
        if (System.getenv("CI") != null && !present) fail("tmux is missing; .ci/run installs it");
        Assumptions.assumeTrue(present, "tmux is not installed on this machine (CI installs it and fails without it)");
    }

    /** A private tmux server running the tutor. */
    static final class Session implements AutoCloseable {
        final String server = "bt" + ProcessHandle.current().pid() + "x" + System.nanoTime();

        Session(Path state, String... env) {
            this(state, Path.of("lessons"), List.of(env), List.of());
        }

        /** The tutor with these environment settings and command-line arguments. */
        Session(Path state, List<String> env, List<String> args) {
            this(state, Path.of("lessons"), env, args);
        }

        /** The tutor on a lessons folder of the test's own. */
        Session(Path state, Path lessons, String... env) {
            this(state, lessons, List.of(env), List.of());
        }

        private Session(Path state, Path lessons, List<String> env, List<String> args) {
            this(tutor(state, lessons, env, args));
        }

        /** Any program (an interactive shell, say) in the 80×24 pane. */
        Session(List<String> program) {
            // remain-on-exit is set before the program starts, so a program that ends at once leaves its words
            List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null", "start-server", ";",
                    "set-option", "-g", "remain-on-exit", "on", ";", "new-session", "-d",
                    "-x", "80", "-y", "24", "-s", "t"));
            cmd.addAll(program);
            assertEquals(0, TmuxEndToEndTest.run(cmd), "tmux started");
        }

        private static List<String> tutor(Path state, Path lessons, List<String> env, List<String> args) {
            List<String> cmd = new ArrayList<>(List.of("env", "XDG_STATE_HOME=" + state, "TERM=xterm-256color"));
            cmd.addAll(env);
            cmd.addAll(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "-Dtutor.lessons=" + lessons.toAbsolutePath(), "tutor.Main"));
            cmd.addAll(args);
            return cmd;
        }

        void keys(String... keys) {
            List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "send-keys", "-t", "t"));
            cmd.addAll(List.of(keys));
            assertEquals(0, TmuxEndToEndTest.run(cmd));
        }

        void literally(String text) {
            // "--": a negative answer is text, not an option of send-keys
            assertEquals(0, TmuxEndToEndTest.run(List.of("tmux", "-L", server, "send-keys", "-t", "t", "-l", "--", text)));
        }

        void resize(int w, int h) {
            assertEquals(0, TmuxEndToEndTest.run(List.of("tmux", "-L", server, "resize-window", "-t", "t", "-x",
                    String.valueOf(w), "-y", String.valueOf(h))));
        }

        String screen(boolean escapes) {
            List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "capture-pane", "-p", "-t", "t"));
            if (escapes) cmd.add("-e");
            return output(cmd);
        }

        /** Polls the screen until the text appears (no fixed sleeps); fails with the screen after 30 s. */
        String await(String text) {
            return await("\"" + text + "\"", screen -> screen.contains(text));
        }

        /**
         * As await, for a message the terminal may have wrapped over several lines, looking into the scrollback
         * too (tmux's "Pane is dead" line can scroll the first line of a short message off the screen).
         */
        String awaitWrapped(String text) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String s = "";
            while (System.nanoTime() < end) {
                s = output(List.of("tmux", "-L", server, "capture-pane", "-p", "-J", "-S", "-100", "-t", "t"));
                if (s.replaceAll("\\s+", " ").contains(text)) return s;
                sleep(50);
            }
            fail("never saw \"" + text + "\" (wrapped) on screen or in its scrollback:\n" + s);
            return s;
        }

        String await(String what, java.util.function.Predicate<String> condition) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String s = "";
            while (System.nanoTime() < end) {
                s = screen(false);
                if (condition.test(s)) return s;
                sleep(50);
            }
            fail("never saw " + what + " on screen:\n" + s);
            return s;
        }

        /** A tmux format of the pane: #{alternate_on}, #{cursor_flag}, #{pane_title}. */
        String display(String format) {
            return output(List.of("tmux", "-L", server, "display-message", "-p", "-t", "t", format)).trim();
        }

        /** The screen and up to 500 lines of scrollback, wrapped lines joined. */
        String history() {
            return output(List.of("tmux", "-L", server, "capture-pane", "-p", "-J", "-S", "-500", "-t", "t"));
        }

        boolean dead() {
            return output(List.of("tmux", "-L", server, "display-message", "-p", "-t", "t", "#{pane_dead}")).trim().equals("1");
        }

        void awaitExit() {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end && !dead()) sleep(50);
            assertTrue(dead(), "the tutor should have ended:\n" + screen(false));
        }

        @Override public void close() {
            TmuxEndToEndTest.run(List.of("tmux", "-L", server, "kill-server"));
        }
    }

    @Test
    void aLearnerWalksALessonAnswersAQuizResizesAndQuits(@TempDir Path state) throws IOException {
        try (Session s = new Session(state, "LANG=C.UTF-8")) {
            s.await("1  One hidden neuron: the smallest backprop");
            s.keys("Enter");
            s.await("Step 1/9");
            s.keys("Right");
            s.await("Your turn: What does the hidden neuron output?");
            s.literally("0.750");
            s.keys("Enter");
            String right = s.await("Right: h = 0.750.");
            assertTrue(right.contains("┌h────────┐"), right);
            s.keys("Left");
            s.await("Step 1/9");
            s.resize(100, 30);
            String wide = s.await("a title bar 100 wide", screen -> screen.lines().findFirst().orElse("").stripTrailing()
                    .endsWith("Step 1/9") && screen.lines().findFirst().get().stripTrailing().length() > 90);
            assertTrue(wide.contains("Step 1/9"), wide);
            s.resize(60, 20);
            s.await("needs a terminal of at least 80x24");
            s.resize(80, 24);
            s.await("Step 1/9");
            s.keys("Escape");
            s.await("at step 1/9, score 1/9");
            s.keys("q");
            s.awaitExit();
        }
        String saved = Files.readString(state.resolve("backprop-tutor/progress.json"), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"fill:0:a:h\""), saved);
        assertTrue(saved.contains("\"right\": true"), saved);
    }

    /**
     * Every fill-in of the ReLU lesson as a learner meets it at 80×24: the answer is nowhere on screen while it is
     * asked, a sign slip gets its verdict in view and is named, and the right answer is confirmed in view.
     */
    @Test
    void everyQuizOfALessonWrongThenRightWithTheVerdictInView(@TempDir Path state) {
        tutor.lesson.Lesson relu = tutor.lesson.LessonLoader.load(Path.of("lessons/5-relu.json")).lesson();
        List<tutor.lesson.Step> steps = relu.steps();
        try (Session s = new Session(state, "LANG=C.UTF-8")) {
            s.await("5  ReLU hidden layer");
            s.keys("5", "Enter");
            for (int i = 0; i < steps.size(); i++) {
                String at = "Step " + (i + 1) + "/" + steps.size();
                s.await(at);
                tutor.engine.Trace t = tutor.engine.Backprop.trace(relu.network(), relu.parameters(),
                        relu.examples().get(steps.get(i).example()), relu.precision());
                for (tutor.lesson.QuizItem q : steps.get(i).quiz()) {
                    if (q instanceof tutor.lesson.QuizItem.Choice c) {
                        s.await("Question");
                        continue; // answered below by trying each digit
                    }
                    String key = ((tutor.lesson.QuizItem.Fill) q).key();
                    String right = t.get(key).result();
                    String open = s.await(at + " shows the question for " + key, screen -> screen.contains("Your turn"));
                    // (a switched-off neuron's 0 stands beside the other zeros it makes: that is the point of its step)
                    if (t.value(key) != 0) assertFalse(open.contains(right), key + " = " + right + " is on screen while asked:\n" + open);
                    if (t.value(key) != 0) {
                        s.literally(tutor.engine.Numbers.negated(right).replace('−', '-'));
                        s.keys("Enter");
                        String wrong = s.await("Not yet.");
                        assertTrue(wrong.contains("The sign is flipped."), wrong);
                        s.keys("Escape");
                        for (int k = 0; k < 8; k++) s.keys("BSpace");
                    }
                    s.literally(right.replace('−', '-'));
                    s.keys("Enter");
                    s.await("Right:");
                }
                if (steps.get(i).quiz().stream().anyMatch(q -> q instanceof tutor.lesson.QuizItem.Choice)) {
                    for (char d = '1'; d <= '3'; d++) {
                        String screen = s.screen(false);
                        if (!screen.contains("Question")) break;
                        s.literally(String.valueOf(d));
                        char choice = d;
                        s.await("a verdict on choice " + d, sc -> sc.contains("Right.") || sc.contains("Not " + choice + "."));
                    }
                    s.await("Right.");
                }
                s.keys("Right");
            }
            s.await("You have worked through every step and every question.");
            s.keys("Escape");
            s.await("finished, score");
            s.keys("q");
            s.awaitExit();
        }
    }

    @Test
    void aDroppedConnectionLosesNothing(@TempDir Path state) throws Exception {
        Path progress = state.resolve("backprop-tutor/progress.json");
        try (Session s = new Session(state, "LANG=C.UTF-8")) {
            s.await("1  One hidden neuron");
            s.keys("2", "Enter");
            s.await("Step 1/11");
            s.keys("Right", "Right", "Right");
            s.await("Step 4/11");
            // the terminal goes away as when an SSH connection drops: the tutor gets SIGHUP
            TmuxEndToEndTest.run(List.of("tmux", "-L", s.server, "kill-server"));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end && !(Files.exists(progress) && Files.readString(progress).contains("\"step\": 3"))) {
            sleep(50);
        }
        String saved = Files.readString(progress, StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"six-weights\""), saved);
        assertTrue(saved.contains("\"step\": 3"), saved);
        assertFalse(Files.exists(state.resolve("backprop-tutor/crash.log")), "no crash on hangup");
    }

    @Test
    void plainAsciiUnderLangC(@TempDir Path state) {
        try (Session s = new Session(state, "LANG=C", "LC_ALL=")) {
            s.await("1  One hidden neuron");
            s.keys("Enter", "Right");
            String screen = s.await("Step 2/9");
            assertTrue(screen.contains("+h--------+"), screen);
            assertTrue(screen.contains("z_h = w1*x1 + w2*x2 = 0.5 * 1 + 0.3 * 2 = 1.100"), screen);
            assertTrue(screen.contains("h = sig(z_h) = 1 / (1 + e^(-z_h)) = ____"), screen);
            assertTrue(screen.chars().allMatch(c -> c < 128), "only ASCII on screen:\n" + screen);
            s.keys("C-c");
            s.awaitExit();
        }
    }

    @Test
    void noColourWithNoColor(@TempDir Path state) {
        try (Session s = new Session(state, "LANG=C.UTF-8", "NO_COLOR=1")) {
            s.await("1  One hidden neuron");
            s.keys("Enter", "Right");
            s.await("Step 2/9");
            String raw = s.screen(true);
            assertFalse(raw.matches("(?s).*\\e\\[[0-9;]*3[0-7]m.*"), "no foreground colour codes");
            assertFalse(raw.matches("(?s).*\\e\\[[0-9;]*38;5;.*"), "no 256-colour codes");
            assertTrue(raw.contains("\u001b[1m") || raw.contains("\u001b[7m"), "bold or reverse instead:\n" + raw);
            s.keys("q");
            s.awaitExit();
        }
    }

    @Test
    void aDumbTerminalIsToldToUsePrint(@TempDir Path state) {
        try (Session s = new Session(state, "LANG=C.UTF-8", "TERM=dumb")) {
            s.awaitWrapped("tutor: the full-screen tutor needs an interactive terminal (TERM is dumb). For a plain-text "
                    + "worked solution try ./tutor print tiny; for lines of text at a prompt, ./tutor --screen-reader.");
            s.awaitExit();
        }
    }

    @Test
    void withoutATerminalItSaysSoAtOnce(@TempDir Path state) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(), "tutor.Main");
        pb.environment().put("XDG_STATE_HOME", state.toString());
        pb.environment().put("TERM", "xterm");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        File err = state.resolve("err.txt").toFile();
        pb.redirectError(err);
        pb.redirectOutput(state.resolve("out.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "it must not wait for a terminal that is not there");
        assertEquals(66, p.exitValue());
        String message = Files.readString(err.toPath());
        // Wrapped on words at 80 columns, as all the commands' text.
        assertTrue(message.replaceAll("\\s+", " ").contains("needs an interactive terminal (input or output is not a terminal)"), message);
        assertEquals("", Files.readString(state.resolve("out.txt")), "no escape codes written to the output");
    }

    static int run(List<String> cmd) {
        return tutor.testing.Tmux.run(cmd);
    }

    static String output(List<String> cmd) {
        return tutor.testing.Tmux.output(cmd);
    }

    static void sleep(long ms) {
        tutor.testing.Tmux.sleep(ms);
    }
}

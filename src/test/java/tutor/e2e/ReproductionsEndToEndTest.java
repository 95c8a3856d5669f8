package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's reproductions, each where a learner or teacher met it: in the real program in tmux at 80×24 for what
 * the menu and a session show, as a command for check, print and trace. Before, each crashed (exit 70, a stack
 * trace over the menu), hung, or ran out of memory.
 */
class ReproductionsEndToEndTest {

    @BeforeAll
    static void needTmux() {
        TmuxEndToEndTest.needTmux();
    }

    static String tiny() throws IOException {
        return Files.readString(Path.of("lessons/1-tiny.json"));
    }

    /** A lessons folder: the real first lesson, then the given files. */
    private static Path lessons(Path dir, String... nameAndText) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(folder.resolve("1-tiny.json"), tiny());
        for (int i = 0; i < nameAndText.length; i += 2) Files.writeString(folder.resolve(nameAndText[i]), nameAndText[i + 1]);
        return folder;
    }

    @Test
    void aNewlineInATitleIsABrokenEntryAndTheMenuGoesOn(@TempDir Path dir) throws IOException {
        Path folder = lessons(dir, "2-newline.json", tiny().replace("\"id\": \"tiny\"", "\"id\": \"newline\"")
                .replace("One hidden neuron: the", "One hidden\\nneuron: the"));
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(dir, folder, "LANG=C.UTF-8")) {
            s.await("2-newline.json: broken");
            s.await("a control character (U+000A) at character 11; a title is one line");
            s.keys("2", "Enter");
            s.await("This lesson file is broken");
            s.keys("1", "Enter");
            s.await("Step 1/9");
            s.keys("q");
            s.awaitExit();
        }
        assertFalse(Files.exists(dir.resolve("backprop-tutor/crash.log")), "no crash");
    }

    @Test
    void anEscapeSequenceInALessonNeverReachesTheTerminal(@TempDir Path dir) throws IOException {
        Path folder = lessons(dir,
                "2-title.json", tiny().replace("\"id\": \"tiny\"", "\"id\": \"title\"")
                        .replace("One hidden neuron: the", "\\u001b]0;owned\\u0007\\u001b[2J"),
                "3-activation.json", tiny().replace("\"id\": \"tiny\"", "\"id\": \"act\"")
                        .replaceFirst("\"sigmoid\"", "\"\\\\u001b]0;owned\\\\u0007\""));
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(dir, folder, "LANG=C.UTF-8")) {
            s.await("3-activation.json: broken");
            s.await("2-title.json: broken");
            String raw = s.screen(true);
            assertFalse(raw.contains("]0;owned"), raw);
            assertFalse(s.display("#{pane_title}").contains("owned"), "the terminal's title is the tutor's business alone");
            s.keys("q");
            s.awaitExit();
        }
    }

    @Test
    void anInputLabelOf52CharactersIsABrokenEntry(@TempDir Path dir) throws IOException {
        Path folder = lessons(dir, "2-label.json", tiny().replace("\"id\": \"tiny\"", "\"id\": \"label\"")
                .replace("\"unicode\": \"x₁\"", "\"unicode\": \"" + "x".repeat(52) + "\""));
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(dir, folder, "LANG=C.UTF-8")) {
            s.await("2-label.json: broken");
            s.await("this is 52 characters long; a label may be at most 12");
            s.keys("Enter");
            s.await("Step 1/9");
            s.keys("q");
            s.awaitExit();
        }
    }

    /** Each typed answer of the issue, in one session: every one gets its message at once, and the session goes on. */
    @Test
    void theIssuesTypedAnswersEachGetAMessage(@TempDir Path dir) throws IOException {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(dir, lessons(dir), "LANG=C.UTF-8")) {
            s.await("1  One hidden neuron");
            s.keys("Enter", "Right");
            s.await("Your turn: What does the hidden neuron output?");
            String[][] answers = { // typed, as the field shows it, what the tutor says
                {"٣", "answer ▸ ٣", "Not yet."}, {"３", "answer ▸ 3", "Not yet."},
                {".e1", "answer ▸ .e1", "I can't read that as a number: a \".\" needs a digit before or after it, at position 1."},
                {"-.e2", "answer ▸ -.e2", "I can't read that as a number: a \".\" needs a digit before or after it, at position 2."},
                {"1e-999999999", "answer ▸ 1e-999999999", "That number is too small to be an answer: an exponent may be at most 300"},
                {"1e-99999999", "answer ▸ 1e-99999999", "That number is too small to be an answer: an exponent may be at most 300"}};
            for (String[] a : answers) {
                s.literally(a[0]);
                s.await(a[1]);
                s.keys("Enter");
                s.awaitWrapped(a[2]);
                // the field keeps what was typed (Esc would too): erase it, so the next answer starts afresh
                for (int k = 0; k < a[0].length(); k++) s.keys("BSpace");
                s.await("the field emptied", screen -> screen.contains("answer ▸ _") && !screen.contains(a[1]));
            }
            s.literally("٠٫٧٥٠");
            s.keys("Enter");
            s.await("Right: h = 0.750.");
            s.keys("q");
            s.awaitExit();
        }
        assertFalse(Files.exists(dir.resolve("backprop-tutor/crash.log")), "no crash");
    }

    /** Files that took minutes or all memory before: the menu is drawn at once, each marked broken. */
    @Test
    void hugeLessonsAreBrokenEntriesAtOnce(@TempDir Path dir) throws IOException {
        StringBuilder wide = new StringBuilder("[");
        for (int j = 0; j < 6000; j++) wide.append(j > 0 ? ", " : "").append("{\"id\": \"h").append(j).append("\", \"weights\": [\"w1\", \"w2\"]}");
        String network = tiny().replace("\"id\": \"tiny\"", "\"id\": \"wide\"").replace(
                "[{\"id\": \"h\", \"weights\": [\"w1\", \"w2\"]}]", wide + "]");
        byte[] latin = new byte[1_000_000];
        java.util.Arrays.fill(latin, (byte) ' ');
        latin[0] = '{';
        latin[latin.length - 2] = (byte) 0xE9; // é in Latin-1, at the very end
        latin[latin.length - 1] = '}';
        Path folder = lessons(dir, "2-wide.json", network,
                "3-narration.json", tiny().replace("\"id\": \"tiny\"", "\"id\": \"long\"").replace("Two inputs feed", "word ".repeat(200_000)));
        Files.write(folder.resolve("4-latin.json"), latin);
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(dir, folder, "LANG=C.UTF-8")) {
            s.await("2-wide.json: broken");
            s.await("3-narration.json: broken");
            s.await("4-latin.json: broken");
            s.keys("Down", "Down", "Down");
            s.awaitWrapped("the file is not UTF-8 text (byte 999998");
            s.keys("q");
            s.awaitExit();
        }
    }

    // ---- commands -------------------------------------------------------------------------------------

    private static LauncherInstall.Result tutor(Path lessons, String... args) {
        List<String> cmd = new ArrayList<>(List.of(TmuxEndToEndTest.JAVA, "-XX:TieredStopAtLevel=1", "-Xmx48m", "-Xss512k",
                "-cp", System.getProperty("java.class.path"), "-Dtutor.lessons=" + lessons.toAbsolutePath(), "tutor.Main"));
        cmd.addAll(List.of(args));
        return LauncherInstall.result(cmd);
    }

    @Test
    void traceTinyNeverReadsABrokenRelu(@TempDir Path dir) throws IOException {
        Path folder = lessons(dir, "5-relu.json", "{\"id\": \"relu\", \"title\": " + "[".repeat(200_000));
        LauncherInstall.Result trace = tutor(folder, "trace", "tiny");
        assertEquals(0, trace.exit(), trace.output());
        assertFalse(trace.output().contains("relu"), trace.output());
        LauncherInstall.Result print = tutor(folder, "print", "relu");
        assertEquals(65, print.exit(), print.output());
        assertTrue(print.output().contains("5-relu.json:1:"), print.output());
    }

    @Test
    void aNarrationPlaceholderInArabicIndicDigitsChecksAndTraces(@TempDir Path dir) throws IOException {
        String relu = Files.readString(Path.of("lessons/5-relu.json"));
        int text = relu.indexOf("\"text\": \"") + 9;
        Path folder = lessons(dir, "5-relu.json", relu.substring(0, text) + "Three losses: {=٣ * loss}. " + relu.substring(text));
        LauncherInstall.Result check = tutor(folder, "check");
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("2 lessons checked, all good"), check.output());
        assertEquals(0, tutor(folder, "trace", "tiny").exit());
        LauncherInstall.Result print = tutor(folder, "print", "relu");
        assertEquals(0, print.exit(), print.output());
        assertTrue(print.output().contains("Three losses: "), print.output());
    }

    @Test
    void checkPrintsALessonsEscapeSequencesEscaped(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, tiny().replaceFirst("\"sigmoid\"", "\"\\\\u001b]0;owned\\\\u0007\\\\u001b[2J\""), StandardCharsets.UTF_8);
        LauncherInstall.Result r = tutor(dir, "check", bad.toString());
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains(bad + ":9:"), r.output());
        assertTrue(r.output().replaceAll("\\s+", " ").contains(": $.network.layers[0].activation: a control character (U+001B) at "
                + "character 1"), r.output()); // wrapped on words at 80 columns
        Path act = dir.resolve("act.json");
        Files.writeString(act, tiny().replaceFirst("\"sigmoid\"", "\"soft\\\\u001b]0;owned\\\\u0007max\""), StandardCharsets.UTF_8);
        r = tutor(dir, "check", act.toString(), bad.toString());
        assertTrue(r.output().chars().noneMatch(c -> c == 0x1b || c == 0x07), "nothing raw reaches the terminal: " + r.output());
    }

    @Test
    void aDeviceOrAPipeAsALessonEndsWithAMessage(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.json");
        assertEquals(0, LauncherInstall.result(List.of("mkfifo", fifo.toString())).exit());
        for (String lesson : List.of("/dev/zero", fifo.toString())) {
            for (String command : List.of("check", "print", "trace")) {
                LauncherInstall.Result r = tutor(dir, command, lesson);
                assertTrue(r.exit() == 1 || r.exit() == 65, command + " " + lesson + ": " + r.exit() + " " + r.output());
                assertTrue(r.output().replaceAll("\\s+", " ").contains(lesson + ":0:0: not a regular file (a folder, device or pipe); "
                        + "expected a lesson's .json file"), r.output()); // wrapped on words at 80 columns
            }
        }
    }
}

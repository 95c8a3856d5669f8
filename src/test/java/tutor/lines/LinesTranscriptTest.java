package tutor.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.testing.Golden;
import tutor.testing.Tmux;

/**
 * The screen-reader mode as a person meets it: the real program on a pseudo-terminal (tmux), every byte it and the
 * terminal's echo write recorded (pipe-pane), a whole lesson answered wrong then right. The transcript is golden,
 * and holds no escape sequence at all: only text, line ends and the backspaces of the line editing.
 */
class LinesTranscriptTest {
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** What is typed, line by line: tiny answered wrong then right at each question, with a hint and a backspace. */
    static final List<String> TINY = List.of(
            "1", "", "0.5", "0.75x\b0", "", "hint", "0.8", "0.600", "", "0.354", "0.125", "",
            "0.162", "-0.162", "", "where", "0.122", "-0.122", "0.788", "0.812", "", "0.024", "-0.024", "",
            "-0.024", "-0.048", "0.498", "0.502", "", "", "quit");

    @BeforeAll
    static void needTmux() {
        boolean present = Tmux.present("tmux", "-V");
        if (System.getenv("CI") != null && !present) fail("tmux is missing; .ci/run installs it");
        Assumptions.assumeTrue(present, "tmux is not installed here (CI installs it and fails without it)");
    }

    @Test
    void aWholeLessonAnsweredWrongThenRightIsGoldenAndHasNoEscapeSequence(@TempDir Path dir) throws Exception {
        String transcript = session(dir, List.of("LANG=C.UTF-8"), TINY);
        assertFalse(transcript.contains("\u001b"), "no escape sequence:\n" + transcript);
        for (char c : transcript.toCharArray()) {
            assertTrue(c >= ' ' || c == '\n' || c == '\b', "only text, line ends and backspaces: " + (int) c);
        }
        Golden.compare(Path.of("src/test/resources/tutor/lines/tiny-transcript.txt"), visible(transcript));
        String progress = Files.readString(dir.resolve("backprop-tutor/progress.json"));
        assertTrue(progress.contains("\"tiny\""), progress);
    }

    @Test
    void underLangCEverythingIsAscii(@TempDir Path dir) throws Exception {
        String transcript = session(dir, List.of("LANG=C", "LC_ALL=C"), List.of("1", "", "0.750", "", "0.600", "", "0.125", "", "0.162", "hint", "quit"));
        for (char c : transcript.toCharArray()) assertTrue(c < 128, "ASCII only, found " + c + " in:\n" + transcript);
        assertTrue(transcript.contains("d L by d y hat equals minus 2 times (y minus y hat)"), transcript);
        assertTrue(transcript.contains("Not yet: the sign is flipped"), transcript);
    }

    /** Runs the tutor in the line mode with these lines typed; returns what the terminal showed, CR LF as LF. */
    static String session(Path dir, List<String> env, List<String> lines) throws Exception {
        Path log = dir.resolve("transcript.raw");
        Files.createFile(log);
        StringBuilder cmd = new StringBuilder("stty -echo; read go; stty echo; exec env XDG_STATE_HOME=" + dir + " TERM=xterm");
        for (String e : env) cmd.append(' ').append(e);
        cmd.append(' ').append(JAVA).append(" -XX:TieredStopAtLevel=1 -cp ").append(System.getProperty("java.class.path"))
                .append(" -Dtutor.lessons=").append(Path.of("lessons").toAbsolutePath()).append(" tutor.Main --screen-reader");
        try (Tmux tmux = new Tmux(List.of("sh", "-c", cmd.toString()))) {
            assertEquals(0, Tmux.run(List.of("tmux", "-L", tmux.server, "pipe-pane", "-o", "-t", "t", "cat >> " + log)));
            tmux.keys("Enter");
            long size = awaitPrompt(log, 0);
            for (String line : lines) {
                int at = line.indexOf('\b');
                if (at < 0) {
                    if (!line.isEmpty()) type(tmux, line);
                } else {
                    type(tmux, line.substring(0, at));
                    tmux.keys("BSpace");
                    type(tmux, line.substring(at + 1));
                }
                tmux.keys("Enter");
                if (!line.equals("quit")) size = awaitPrompt(log, size + line.length());
            }
            tmux.awaitExit();
            Tmux.sleep(200); // pipe-pane's cat writes the last bytes
        }
        return Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Types text as it is (a leading minus too, which send-keys would take for an option). */
    static void type(Tmux tmux, String text) {
        assertEquals(0, Tmux.run(List.of("tmux", "-L", tmux.server, "send-keys", "-t", "t", "-l", "--", text)));
    }

    /** Waits until the transcript has grown past a size and ends at a prompt (no line end); returns its size. */
    static long awaitPrompt(Path log, long past) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            byte[] b = Files.readAllBytes(log);
            String s = new String(b, StandardCharsets.UTF_8);
            if (b.length > past && s.endsWith(" ")) return b.length; // a prompt: the cursor waits after it
            Tmux.sleep(30);
        }
        fail("no prompt came:\n" + Files.readString(log));
        return 0;
    }

    /** Backspaces made visible for the golden file. */
    static String visible(String transcript) {
        return transcript.replace("\b", "<BS>");
    }

    static List<String> of(String... s) {
        return new ArrayList<>(List.of(s));
    }
}

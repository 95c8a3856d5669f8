package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal is always given back (issue 9, section 6): the launcher ./tutor in an interactive bash in tmux, as
 * a learner starts it, with job control. A JVM that cannot start, Ctrl-\, and Ctrl-Z then fg; a JVM killed with
 * SIGKILL (the normal screen and the cursor are given back); SIGQUIT (its thread dump goes to a file).
 */
class LauncherTerminalTest {

    private static LauncherInstall copy;

    @BeforeAll
    static void install() throws IOException {
        TmuxEndToEndTest.needTmux();
        copy = LauncherInstall.create();
        // a class-data archive newer than the jar: the launcher goes straight to the tutor
        Files.writeString(copy.target().resolve("backprop-tutor.jsa"), "");
    }

    @AfterAll
    static void remove() {
        if (copy != null) copy.delete();
    }

    private static final String PROMPT = "shell$ ";

    /** An interactive bash (job control on) in the copy's folder, with its own state folder. */
    private static TmuxEndToEndTest.Session shell(Path state) {
        TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(List.of("env", "-i", "PATH=" + System.getenv("PATH"),
                "HOME=" + state, "HISTFILE=/dev/null", "TERM=xterm-256color", "LANG=C.UTF-8", "XDG_STATE_HOME=" + state, "PS1=" + PROMPT,
                "bash", "--norc", "--noprofile", "-i"));
        s.await(PROMPT.strip());
        run(s, "cd '" + copy.dir + "'");
        return s;
    }

    private static void run(TmuxEndToEndTest.Session s, String line) {
        s.literally(line);
        s.keys("Enter");
    }

    /** What stty says of line editing and echo, as the learner's shell has it now. */
    private static void assertCooked(TmuxEndToEndTest.Session s) {
        run(s, "stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo modes.");
        String screen = s.await("modes.", sc -> sc.contains("icanon echo modes.") || sc.contains("-icanon") || sc.contains("-echo "));
        assertTrue(screen.contains("icanon echo modes."), "line editing and echo are back:\n" + screen);
    }

    @Test
    void aJvmThatCannotStartLeavesTheTerminalAsItWas(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = shell(state)) {
            // 300 MB of address space is too little for a JVM to reserve its heap and class space
            run(s, "(ulimit -v 300000; ./tutor); echo \"exit=$?\"");
            String screen = s.await("exit=1");
            assertTrue(screen.contains("tutor: Java could not start (see its message above); the terminal is as it was."), screen);
            assertCooked(s);
        }
    }

    @Test
    void ctrlBackslashQuitsLikeCtrlCWithoutAThreadDump(@TempDir Path state) throws IOException {
        try (TmuxEndToEndTest.Session s = shell(state)) {
            run(s, "./tutor; echo \"exit=$?\"");
            s.await("1  One hidden neuron");
            s.keys("Enter");
            s.await("Step 1/9");
            s.keys("C-\\");
            s.await("exit=0");
            String history = s.history();
            assertFalse(history.contains("Full thread dump") || history.contains("\"main\""), "no JVM thread dump:\n" + history);
            assertCooked(s);
        }
        assertTrue(Files.readString(state.resolve("backprop-tutor/progress.json")).contains("\"tiny\""), "the place was saved");
    }

    @Test
    void ctrlZStopsTheTutorAsAJobAndFgBringsItBack(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = shell(state)) {
            run(s, "./tutor"); // alone: a list would go on to its next command when the job stops
            s.await("1  One hidden neuron");
            assertEquals("1", s.display("#{alternate_on}"));
            s.keys("C-z");
            String stopped = s.await("Stopped");
            assertTrue(stopped.contains("./tutor"), stopped);
            assertEquals("0", s.display("#{alternate_on}"), "the shell's own screen again");
            assertEquals("1", s.display("#{cursor_flag}"), "the cursor is shown");
            assertCooked(s);
            run(s, "fg");
            s.await("1  One hidden neuron");
            assertEquals("1", s.display("#{alternate_on}"));
            s.keys("j"); // raw mode again: one key moves the selection, without Enter
            s.await("▶ 2");
            String modes = LauncherInstall.result(List.of("stty", "-a", "-F", s.display("#{pane_tty}"))).output();
            assertTrue(modes.contains("-icanon") && modes.contains("-echo "), modes);
            s.keys("q");
            s.await("the shell's prompt after the tutor", sc -> sc.contains("shell$ fg")
                    && sc.substring(sc.lastIndexOf("shell$ fg") + 9).contains("shell$"));
            run(s, "echo \"exit=$?\"");
            s.await("exit=0");
            assertCooked(s);
        }
    }

    /** The tutor's JVM: the java process under the pane's shell. */
    private static ProcessHandle jvm(TmuxEndToEndTest.Session s) {
        long shell = Long.parseLong(s.display("#{pane_pid}").trim());
        return ProcessHandle.of(shell).orElseThrow().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java")).findFirst().orElseThrow();
    }

    @Test
    void aJvmKilledWithSigkillGivesTheTerminalBack(@TempDir Path state) {
        try (TmuxEndToEndTest.Session s = shell(state)) {
            run(s, "./tutor; echo \"exit=$?\"");
            s.await("1  One hidden neuron");
            assertEquals("1", s.display("#{alternate_on}"));
            assertEquals("0", s.display("#{cursor_flag}"), "the tutor hides the cursor");
            jvm(s).destroyForcibly(); // SIGKILL: the JVM restores nothing
            String screen = s.await("exit=137");
            assertTrue(screen.contains("tutor: the tutor was killed (signal 9); the terminal is given back."), screen);
            assertEquals("0", s.display("#{alternate_on}"), "the shell's own screen again");
            assertEquals("1", s.display("#{cursor_flag}"), "the cursor is shown");
            assertCooked(s);
        }
    }

    @Test
    void aSigquitThreadDumpGoesToAFileNotOverTheScreen(@TempDir Path state) throws Exception {
        try (TmuxEndToEndTest.Session s = shell(state)) {
            run(s, "./tutor; echo \"exit=$?\"");
            s.await("1  One hidden neuron");
            ProcessHandle java = jvm(s);
            assertEquals(0, LauncherInstall.result(List.of("kill", "-QUIT", String.valueOf(java.pid()))).exit());
            Path log = state.resolve("backprop-tutor/jvm.log");
            long end = System.nanoTime() + 20_000_000_000L;
            while (!(Files.exists(log) && Files.readString(log).contains("Full thread dump")) && System.nanoTime() < end) Thread.sleep(50);
            assertTrue(Files.readString(log).contains("Full thread dump"), "the dump is in " + log);
            s.keys("j");
            String screen = s.await("▶ 2");
            assertFalse(screen.contains("thread dump") || screen.contains("\"main\""), "nothing over the screen:\n" + screen);
            s.keys("q");
            s.await("exit=0");
        }
    }
}

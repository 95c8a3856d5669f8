package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.Golden;
import tutor.testing.Tmux;
import tutor.tui.MenuEntry;

/**
 * The screen-reader mode over the classroom server, through the real OpenSSH client: ssh -o SetEnv=ACCESSIBLE=1
 * gives the same lines as the local tutor (the same golden transcript, byte for byte once CR LF is LF), with the
 * server's own echo and line editing and no escape sequence; the answers land in the class database.
 */
class SshScreenReaderTest {
    static Path state;
    static Path key;
    static TutorServer server;
    static ClassDatabase db;

    @BeforeAll
    static void start() throws Exception {
        boolean tools = Tmux.present("tmux", "-V") && Tmux.present("ssh", "-V");
        if (System.getenv("CI") != null && !tools) fail("tmux or ssh is missing; .ci/run installs tmux and openssh-client");
        Assumptions.assumeTrue(tools, "tmux or ssh is not installed here (CI installs them and fails without them)");
        state = Files.createTempDirectory("tutor-serve-sr");
        ServerLog.configure(state);
        key = state.resolve("id_ed25519");
        assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key.toString())));
        db = ClassDatabase.open(state, Clock.systemUTC());
        db.enrol(Roster.parse("class.csv", List.of("id,name", "sam,Sam Reader", "tess,Tess")));
        String pub = Files.readString(Path.of(key + ".pub")).trim();
        db.recordKeys("sam", List.of(pub.substring(0, pub.lastIndexOf(' '))));
        db.recordKeys("tess", List.of(pub.substring(0, pub.lastIndexOf(' '))));
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons, Clock.systemUTC()), db);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.shutdown("test over");
        if (state != null) {
            try (var files = Files.walk(state)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static List<String> ssh(String id, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-q", "-F", "/dev/null", "-p", String.valueOf(server.port()), "-i", key.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=20", "-o", "PreferredAuthentications=publickey", "-t"));
        cmd.addAll(List.of(extra));
        cmd.add(id + "@127.0.0.1");
        return cmd;
    }

    @Test
    void aWholeLessonOverSshIsTheSameTranscriptAsOnTheLocalTerminal(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path log = dir.resolve("transcript.raw");
        Files.createFile(log);
        StringBuilder cmd = new StringBuilder("stty -echo; read go; stty echo; exec env LANG=C.UTF-8");
        for (String part : ssh("sam", "-o", "SetEnv=ACCESSIBLE=1", "-o", "SendEnv=LANG")) cmd.append(' ').append(part);
        try (Tmux tmux = new Tmux(List.of("sh", "-c", cmd.toString()))) {
            assertEquals(0, Tmux.run(List.of("tmux", "-L", tmux.server, "pipe-pane", "-o", "-t", "t", "cat >> " + log)));
            tmux.keys("Enter");
            long size = tutor.lines.LinesTranscriptAccess.awaitPrompt(log, 0);
            for (String line : tutor.lines.LinesTranscriptAccess.TINY) {
                int at = line.indexOf('\b');
                if (at < 0) {
                    if (!line.isEmpty()) tutor.lines.LinesTranscriptAccess.type(tmux, line);
                } else {
                    tutor.lines.LinesTranscriptAccess.type(tmux, line.substring(0, at));
                    tmux.keys("BSpace");
                    tutor.lines.LinesTranscriptAccess.type(tmux, line.substring(at + 1));
                }
                tmux.keys("Enter");
                if (!line.equals("quit")) size = tutor.lines.LinesTranscriptAccess.awaitPrompt(log, size + line.length());
            }
            tmux.awaitExit();
            Tmux.sleep(200);
        }
        String transcript = Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertFalse(transcript.contains("\u001b"), "no escape sequence:\n" + transcript);
        // over ssh the menu first greets the student by name; the rest is the local transcript, line for line
        String greeting = "Hello, Sam Reader: you are logged in as sam.\n";
        assertTrue(transcript.contains(greeting), transcript);
        Golden.compare(Path.of("src/test/resources/tutor/lines/tiny-transcript.txt"),
                tutor.lines.LinesTranscriptAccess.visible(transcript.replaceFirst(java.util.regex.Pattern.quote(greeting), "")));
        var progress = db.storeFor("sam").load().progress().lesson("tiny");
        assertEquals(2, progress.item("fill:0:a:h").attempts(), "wrong, then right");
        assertTrue(progress.item("fill:0:a:h").right());
        assertEquals(9, progress.tally().right());
        assertEquals(0, progress.tally().firstTime(), "every question was answered wrong first");
    }

    @Test
    void theServerAcceptsAccessibleAndTheChoiceInTheMenuIsKept() throws Exception {
        assertTrue(TutorChannel.allowed("ACCESSIBLE"));
        assertFalse(TutorChannel.allowed("TUTOR_SCREEN_READER"), "one variable more, no other");
        // v in the full-screen menu keeps the choice: the next login starts in the line mode without SetEnv.
        try (Tmux t = new Tmux(ssh("tess", "-o", "SendEnv=LANG"))) {
            t.await("v screen reader");
            t.keys("v");
            t.await("screen-reader mode is on for tess");
            t.awaitExit();
        }
        try (Tmux t = new Tmux(ssh("tess"))) {
            t.await("Lesson number:");
            t.literally("full");
            t.keys("Enter");
            t.await("v screen reader"); // back to the full screen, and the kept choice forgotten
            t.keys("q");
            t.awaitExit();
        }
        try (Tmux t = new Tmux(ssh("tess"))) {
            t.await("v screen reader");
            t.keys("q");
            t.awaitExit();
        }
    }
}

package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.AnsiScreen;
import tutor.tui.MenuEntry;

/**
 * The teacher's class view inside the server, through MINA's client: a teacher and two students logged in; a
 * student's wrong answers mark them in the teacher's table; the line to the class and the pause reach both
 * students; a student has no way into the view.
 */
class ClassViewServerTest {
    @TempDir Path state;
    TutorServer server;
    ClassDatabase db;
    SshClient client;
    final List<KeyPair> keys = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        ServerLog.configure(state);
        db = ClassDatabase.open(state, Clock.systemUTC());
        db.enrol(Roster.parse("class.csv", List.of("miss,Ms Teacher,teacher", "ivy,Ivy Ives", "max,Max Moss", "nat,Nat Never")));
        for (String id : List.of("miss", "ivy", "max")) {
            KeyPair key = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            db.recordKeys(id, List.of(Logins.openSsh(key.getPublic())));
            keys.add(key);
        }
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons, Clock.systemUTC(),
                Limits.defaults(), tutor.teach.StuckRules.DEFAULT, () -> "Gradebook written (test)."), db);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
    }

    @AfterEach
    void stop() {
        client.stop();
        server.shutdown("test over");
    }

    record Terminal(ChannelShell shell, AnsiScreen screen) {
        void type(String keys) throws Exception {
            shell.getInvertedIn().write(keys.getBytes(StandardCharsets.UTF_8));
            shell.getInvertedIn().flush();
        }
    }

    Terminal login(String id, int which) throws Exception {
        ClientSession session = client.connect(id, "127.0.0.1", server.port()).verify(Duration.ofSeconds(20)).getSession();
        session.addPublicKeyIdentity(keys.get(which));
        session.auth().verify(Duration.ofSeconds(20));
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm");
        shell.setPtyColumns(80);
        shell.setPtyLines(24);
        shell.setEnv("LANG", "C.UTF-8");
        AnsiScreen screen = new AnsiScreen(80, 24);
        shell.setOut(screen);
        shell.setErr(screen);
        shell.open().verify(Duration.ofSeconds(20));
        return new Terminal(shell, screen);
    }

    @Test
    void theTeacherSeesWhoIsStuckAndReachesTheClass() throws Exception {
        Terminal teacher = login("miss", 0);
        teacher.screen().await("Class · 3 students · 0 online · 0 need you");
        assertTrue(teacher.screen().text().contains("never logged in"), teacher.screen().text());
        Terminal ivy = login("ivy", 1);
        Terminal max = login("max", 2);
        ivy.screen().await("Lessons");
        max.screen().await("Lessons");
        teacher.screen().await("2 online");
        ivy.type("1\r");
        ivy.screen().await("Step 1");
        ivy.type("l");
        ivy.screen().await("What does the hidden neuron output?");
        for (int i = 0; i < 3; i++) {
            ivy.type("9\r");
            int tries = i + 1;
            teacher.screen().await("ivy's wrong try " + tries, s -> s.contains("Ivy Ives") && s.contains(" " + tries + "  "));
        }
        String table = teacher.screen().await("1 needs you");
        assertTrue(table.contains("Ivy Ives (ivy) needs you: 3 wrong tries."), table);
        assertTrue(table.lines().filter(l -> l.contains("Ivy Ives")).findFirst().orElseThrow().startsWith("▶!"), table);

        teacher.type("m");
        for (char c : "Look at the board".toCharArray()) teacher.type(String.valueOf(c));
        teacher.type("\r");
        teacher.screen().await("Sent to 2 students.");
        ivy.screen().await("Teacher: Look at the board");
        max.screen().await("Teacher: Look at the board");
        max.type("j"); // any key clears the line
        max.screen().await("the line is gone", s -> !s.contains("Teacher: Look at the board"));

        teacher.type("p");
        teacher.screen().await("The class is paused (2 students told)");
        teacher.screen().await("PAUSED");
        ivy.screen().await("Your teacher paused the class.");
        max.screen().await("Your teacher paused the class.");
        ivy.type("8\r"); // keys wait: no answer is taken while paused
        Thread.sleep(300);
        assertEquals(3, db.storeFor("ivy").load().progress().lesson("tiny").item("fill:0:a:h").attempts());
        teacher.type("p");
        teacher.screen().await("The class goes on (2 students told).");
        ivy.screen().await("the pause is over", s -> !s.contains("Your teacher paused the class."));

        teacher.type("\r"); // one student: Ivy's answers
        String ivys = teacher.screen().await("Esc back to the class");
        assertTrue(ivys.contains("not yet right, 3 tries"), ivys);
        teacher.type("\u001b");
        teacher.screen().await("Tab questions");
        teacher.type("g");
        teacher.screen().await("Gradebook written (test).");
        teacher.type("t"); // the teacher's own tutor, and back from its menu
        teacher.screen().await("Lessons");
        teacher.type("t");
        teacher.screen().await("Tab questions");
    }

    @Test
    void aStudentNeverReachesTheClassView() throws Exception {
        Terminal ivy = login("ivy", 1);
        ivy.screen().await("Lessons");
        // (v is left out: it is the switch to the screen-reader mode, which has no class view either)
        for (String key : List.of("t", "m", "p", "g", "\t", "?", "\u001b", "T", "\u0014", "c", "w")) {
            ivy.type(key);
            Thread.sleep(50);
            assertFalse(ivy.screen().text().contains("need you"), key + ":\n" + ivy.screen().text());
            assertFalse(ivy.screen().text().contains("Tab questions"), key + ":\n" + ivy.screen().text());
        }
        ivy.type("1\r");
        ivy.screen().await("Step 1");
        for (char c = 'a'; c <= 'z'; c++) {
            if (c == 'x') continue; // the lab, a screen of its own
            ivy.type(String.valueOf(c));
            assertFalse(ivy.screen().text().contains("need you"), c + ":\n" + ivy.screen().text());
        }
        ivy.shell().close(false);
        assertTrue(Files.readString(state.resolve("connections.log")).contains("login ivy"));
    }

    @Test
    void theClassViewOwnsNoSessionOfAStudent() throws Exception {
        Terminal ivy = login("ivy", 1);
        ivy.screen().await("Lessons");
        ivy.type("q");
        ivy.shell().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
        Terminal teacher = login("miss", 0);
        teacher.screen().await("0 online");
    }
}

package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.sqlite.ClassDatabase;
import tutor.tui.MenuEntry;

/**
 * Sessions through MINA's own client: the idle limit closes a session that has had no key for its time, with a word
 * to the student; a student with a practice sheet finds it in the menu; ssh -tt's 0x0 pty is drawn at 80x24.
 */
class ServerSessionsTest {
    @TempDir Path state;

    /** A server with the idle limit given, a student "ivy" whose key is recorded, and a client with that key. */
    private record Rig(TutorServer server, ClassDatabase db, SshClient client, KeyPair key) implements AutoCloseable {
        static Rig start(Path state, Duration idle) throws Exception {
            ServerLog.configure(state);
            ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC());
            db.enrol(Roster.parse("class.csv", List.of("ivy,Ivy")));
            KeyPair key = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            db.recordKeys("ivy", List.of(Logins.openSsh(key.getPublic())));
            List<MenuEntry> lessons = new ArrayList<>();
            for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
            TutorServer server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, idle, lessons, Clock.systemUTC()), db);
            SshClient client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier((s, a, k) -> true);
            client.start();
            return new Rig(server, db, client, key);
        }

        ChannelShell shell(int columns, int rows, ByteArrayOutputStream out) throws Exception {
            ClientSession session = client.connect("ivy", "127.0.0.1", server.port()).verify(Duration.ofSeconds(20)).getSession();
            session.addPublicKeyIdentity(key);
            session.auth().verify(Duration.ofSeconds(20));
            ChannelShell shell = session.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(columns);
            shell.setPtyLines(rows);
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(Duration.ofSeconds(20));
            return shell;
        }

        @Override public void close() {
            client.stop();
            server.shutdown("test over");
        }
    }

    static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    static void await(ByteArrayOutputStream out, String text) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!text(out).contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("never saw " + text + " in:\n" + text(out));
            Thread.sleep(20);
        }
    }

    @Test
    void aSessionIdleForItsLimitIsClosedWithAWordAndItsPlaceKept() throws Exception {
        try (Rig rig = Rig.start(state, Duration.ofSeconds(2))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChannelShell shell = rig.shell(80, 24, out);
            await(out, "Lessons");
            shell.getInvertedIn().write("2\r".getBytes(StandardCharsets.US_ASCII));
            shell.getInvertedIn().flush();
            await(out, "Step");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
            assertTrue(text(out).contains("backprop-tutor: closed after 2 seconds without a key. Your progress is saved"), text(out));
            assertEquals(1, rig.db().storeFor("ivy").load().progress().lessons().size(), "the lesson opened is remembered");
            String log = Files.readString(state.resolve("connections.log"));
            assertTrue(log.matches("(?s).* idle ivy /127\\.0\\.0\\.1:\\d+ closed after 2 seconds without a key\n.*"), log);
        }
    }

    @Test
    void aPracticeSheetIsInTheMenuAndAZeroSizedPtyIsDrawnAt80x24() throws Exception {
        try (Rig rig = Rig.start(state, Duration.ofHours(4))) {
            rig.db().setSeed("ivy", 4242);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChannelShell shell = rig.shell(0, 0, out); // what ssh -tt asks for from a non-terminal
            await(out, "Lessons");
            await(out, "practice seed 4242");
            assertTrue(text(out).contains("\u001b[24;"), "a 24th row is drawn");
            assertTrue(!text(out).contains("\u001b[25;"), "and no 25th");
            shell.getInvertedIn().write("q".getBytes(StandardCharsets.US_ASCII));
            shell.getInvertedIn().flush();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
        }
    }
}

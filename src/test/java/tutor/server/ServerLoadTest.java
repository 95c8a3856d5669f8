package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.progress.Progress;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.AnsiScreen;
import tutor.tui.MenuEntry;

/**
 * A class at once, through MINA's own client: 60 students connect together and each walks the first lesson,
 * answering its question; every one of them finishes (no session waits on another) and every place and answer is
 * in the class database. (How fast is bench/serve's to measure; nothing here is timed.)
 */
class ServerLoadTest {
    static final int STUDENTS = 60;

    @TempDir Path state;

    @Test
    void sixtyStudentsWalkALessonAtOnceAndNothingIsLost() throws Exception {
        ServerLog.configure(state);
        List<KeyPair> keys = new ArrayList<>();
        List<String> roster = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) roster.add("s" + i + ",Student " + i);
        ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC());
        db.enrol(Roster.parse("class.csv", roster));
        for (int i = 0; i < STUDENTS; i++) {
            KeyPair k = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            keys.add(k);
            db.recordKeys("s" + i, List.of(Logins.openSsh(k.getPublic())));
        }
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        TutorServer server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons,
                Clock.systemUTC()), db);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> students = new ArrayList<>();
        try {
            for (int i = 0; i < STUDENTS; i++) {
                String id = "s" + i;
                KeyPair key = keys.get(i);
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        walk(client, server.port(), id, key);
                    } catch (Throwable e) {
                        failures.add(new AssertionError(id + ": " + e.getMessage(), e));
                    }
                }, id);
                t.start();
                students.add(t);
            }
            go.countDown();
            for (Thread t : students) t.join(180_000);
            assertTrue(failures.isEmpty(), () -> failures.size() + " students did not get through, first: " + failures.peek());
            for (int i = 0; i < STUDENTS; i++) {
                Progress p = db.storeFor("s" + i).load().progress();
                assertEquals(8, p.lesson("tiny").step(), "s" + i + "'s place");
                assertTrue(p.lesson("tiny").item("fill:0:a:h").right(), "s" + i + "'s answer");
            }
            // one line per answer typed; walking on past the other questions logs that their values were seen
            assertEquals(STUDENTS, db.answerLog().stream().filter(l -> l.answer().kind().equals("answer")).count(),
                    "one line in the log per answer");
            assertEquals(STUDENTS, db.answerLog().stream().filter(l -> l.answer().kind().equals("answer") && l.answer().right())
                    .map(l -> l.student()).distinct().count(), "every student's answer is in the log, right");
        } finally {
            client.stop();
            server.shutdown("test over");
        }
    }

    /** Logs in, opens lesson 1, answers its question, walks to its last step, quits. */
    private static void walk(SshClient client, int port, String id, KeyPair key) throws Exception {
        try (ClientSession session = client.connect(id, "127.0.0.1", port).verify(Duration.ofSeconds(60)).getSession()) {
            session.addPublicKeyIdentity(key);
            session.auth().verify(Duration.ofSeconds(60));
            ChannelShell shell = session.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            AnsiScreen screen = new AnsiScreen(80, 24);
            shell.setOut(screen);
            shell.setErr(screen);
            shell.open().verify(Duration.ofSeconds(60));
            var keys = shell.getInvertedIn();
            screen.await("1  One hidden neuron");
            send(keys, "\r");
            screen.await("Step 1/9");
            send(keys, "\u001b[C");
            screen.await("Your turn");
            send(keys, "0.750\r");
            screen.await("Right: h = 0.750.");
            for (int step = 3; step <= 9; step++) {
                send(keys, "\u001b[C");
                screen.await("Step " + step + "/9");
            }
            send(keys, "q");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
        }
    }

    private static void send(java.io.OutputStream keys, String s) throws java.io.IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }
}

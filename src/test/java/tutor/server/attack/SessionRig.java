package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.server.ServerLog;
import tutor.server.TutorServer;
import tutor.store.sqlite.ClassDatabase;
import tutor.tui.MenuEntry;

/**
 * A classroom server in this JVM with one student, mallory, who logs in by a recorded key through MINA's client:
 * the rig of the attacks on a session's input and output. Sizes: small under mvn test, full with
 * -Dattack.size=full (bench/attack).
 */
final class SessionRig implements AutoCloseable {
    final Path state;
    final ClassDatabase db;
    final TutorServer server;
    final SshClient client;
    final KeyPair key;

    static int size(int small, int full) {
        return "full".equals(System.getProperty("attack.size")) ? full : small;
    }

    SessionRig(Path state, SshClient client) throws Exception {
        this.state = state;
        ServerLog.configure(state);
        db = ClassDatabase.open(state, Clock.systemUTC());
        db.enrol(List.of(new ClassDatabase.Student("mallory", "Mallory", "student", null, null)));
        key = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        db.recordKeys("mallory", List.of(PublicKeyEntry.toString(key.getPublic())));
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons, Clock.systemUTC()), db);
        this.client = client;
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
    }

    ClientSession login() throws IOException {
        ClientSession s = client.connect("mallory", "127.0.0.1", server.port()).verify(Duration.ofSeconds(60)).getSession();
        s.addPublicKeyIdentity(key);
        s.auth().verify(Duration.ofSeconds(60));
        return s;
    }

    /** Waits up to 30 s for the condition. */
    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end && !condition.getAsBoolean()) Thread.sleep(50);
        assertTrue(condition.getAsBoolean(), "never: " + what);
    }

    /** Whether a thread of mallory's session (her tutor, or its key reader) is alive in this JVM. */
    static boolean sessionThreadsAlive() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && (t.getName().equals("tutor-mallory") || t.getName().equals("keys"))) return true;
        }
        return false;
    }

    /** This JVM's CPU time over the next second, in milliseconds. */
    static long cpuMillisOverASecond() throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(1000);
        return (os.getProcessCpuTime() - before) / 1_000_000;
    }

    @Override public void close() {
        client.stop();
        server.shutdown("test over");
    }
}

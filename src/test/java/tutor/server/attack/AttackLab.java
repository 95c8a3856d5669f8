package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.server.Codes;
import tutor.server.Limits;
import tutor.server.ServerLog;
import tutor.server.TutorServer;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.AnsiScreen;
import tutor.tui.MenuEntry;

/**
 * A classroom server to attack, on 127.0.0.1, with students who log in by code (codeOf) or by a key of their own
 * (keyOf), and MINA's own client to attack it with. The attack suite's size: small under mvn test, full with
 * -Dattack.size=full (bench/attack).
 */
final class AttackLab implements AutoCloseable {
    final Path state;
    final ClassDatabase db;
    final TutorServer server;
    final SshClient client;
    private final Map<String, KeyPair> keys = new HashMap<>();

    static boolean full() {
        return "full".equals(System.getProperty("attack.size"));
    }

    /** The small number under mvn test, the large one at full size. */
    static int size(int small, int large) {
        return full() ? large : small;
    }

    static String codeOf(String id) {
        return (id.toUpperCase().replaceAll("[^A-Z]", "") + "XXXXXXXX").substring(0, 4) + "-2345";
    }

    /** Students with codes (not yet logged in) and students with a recorded key. */
    AttackLab(Path state, Limits limits, List<String> withCodes, List<String> withKeys) throws Exception {
        this.state = state;
        ServerLog.configure(state);
        db = ClassDatabase.open(state, Clock.systemUTC());
        List<ClassDatabase.Student> roster = new ArrayList<>();
        for (String id : withCodes) roster.add(new ClassDatabase.Student(id, "Student " + id, "student", null, null));
        for (String id : withKeys) roster.add(new ClassDatabase.Student(id, "Student " + id, "student", null, null));
        db.enrol(roster);
        for (String id : withCodes) db.setCode(id, Codes.hash(codeOf(id)));
        for (String id : withKeys) {
            KeyPair k = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            keys.put(id, k);
            db.recordKeys(id, List.of(line(k)));
        }
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons, Clock.systemUTC(),
                limits), db);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
    }

    /** A public key as the class database keeps it ("ecdsa-sha2-nistp256 AAAA..."). */
    static String line(KeyPair k) {
        return PublicKeyEntry.toString(k.getPublic());
    }

    KeyPair keyOf(String id) {
        return keys.get(id);
    }

    /** A connection, not yet logged in, from the given loopback address (127.0.0.1 when null). */
    ClientSession connect(String id, String from) throws IOException {
        InetSocketAddress local = from == null ? null : new InetSocketAddress(from, 0);
        return client.connect(id, new InetSocketAddress("127.0.0.1", server.port()), local).verify(Duration.ofSeconds(60)).getSession();
    }

    /** Logged in by the student's recorded key. */
    ClientSession byKey(String id) throws IOException {
        ClientSession s = connect(id, null);
        s.addPublicKeyIdentity(keyOf(id));
        s.auth().verify(Duration.ofSeconds(60));
        return s;
    }

    /** A tutor on a terminal of the given size. */
    record Shell(ChannelShell channel, AnsiScreen screen, OutputStream keys) {
        void send(String s) throws IOException {
            keys.write(s.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
    }

    static Shell shell(ClientSession session, int columns, int rows) throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm");
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        shell.setEnv("LANG", "C.UTF-8");
        AnsiScreen screen = new AnsiScreen(Math.min(columns, 320), Math.min(rows, 110)); // more than the server draws
        shell.setOut(screen);
        shell.setErr(screen);
        shell.open().verify(Duration.ofSeconds(60));
        return new Shell(shell, screen, shell.getInvertedIn());
    }

    String log() throws IOException {
        return Files.readString(state.resolve("connections.log"));
    }

    /** Waits up to 20 s for the condition. */
    static void eventually(String what, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(condition.getAsBoolean(), "never: " + what);
    }

    /** The p-th percentile (0-100) of the values, in the values' unit. */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    @Override public void close() {
        client.stop();
        server.shutdown("test over");
    }
}

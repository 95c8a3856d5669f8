package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.AnsiScreen;

/**
 * ./tutor serve killed with -9 at a random moment after an answer, some rounds while another process holds the
 * class database's write lock: every verdict the client received is in the database (the answer is committed before
 * the frame that shows its verdict is sent).
 */
class KillDuringAnswersAttackTest {
    @TempDir Path state;

    private Process serve() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(), "tutor.Main", "serve", "--state", state.toString(),
                "--port", "0", "--bind", "127.0.0.1").redirectErrorStream(true).start();
    }

    private static int port(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern port = Pattern.compile("classroom server on port (\\d+)\\.");
        List<String> said = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            said.add(line);
            Matcher m = port.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) { /* the rest of what it says */ }
                    } catch (java.io.IOException ignored) {
                        // killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server never said its port:\n" + String.join("\n", said));
    }

    private long answers() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
            return db.answers();
        }
    }

    @Test
    void everyVerdictTheClientReceivedIsInTheDatabaseAfterAKill9() throws Exception {
        KeyPair key = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        Random random = new Random(20);
        int rounds = SessionRig.size(4, 14);
        try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
            for (int round = 0; round < rounds; round++) { // a student per round, each starting the lesson afresh
                db.enrol(List.of(new ClassDatabase.Student("mallory" + round, "Mallory", "student", null, null)));
                db.recordKeys("mallory" + round, List.of(PublicKeyEntry.toString(key.getPublic())));
            }
        }
        int seenInAll = 0;
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
        try {
            for (int round = 0; round < rounds; round++) {
                boolean locked = round % 2 == 0;
                long before = answers();
                String received = "";
                Process serve = serve();
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + state.resolve("class.db"))) {
                    int port = port(serve);
                    ClientSession session = client.connect("mallory" + round, "127.0.0.1", port).verify(Duration.ofSeconds(60)).getSession();
                    session.addPublicKeyIdentity(key);
                    session.auth().verify(Duration.ofSeconds(60));
                    ChannelShell shell = session.createShellChannel();
                    shell.setPtyType("xterm");
                    shell.setPtyColumns(80);
                    shell.setPtyLines(24);
                    AnsiScreen screen = new AnsiScreen(80, 24);
                    shell.setOut(screen);
                    shell.setErr(screen);
                    shell.open().verify(Duration.ofSeconds(60));
                    screen.await("1  One hidden neuron");
                    var keys = shell.getInvertedIn();
                    keys.write("1\r\u001b[C\u001b[C\u001b[C".getBytes(StandardCharsets.US_ASCII)); // tiny, its first question
                    keys.flush();
                    screen.await("Your turn");
                    try (Statement s = other.createStatement()) {
                        s.execute("PRAGMA busy_timeout = 10000");
                        if (locked) s.execute("BEGIN IMMEDIATE"); // another process holds the write lock
                        keys.write(("9" + round + "\r").getBytes(StandardCharsets.US_ASCII)); // a wrong answer
                        keys.flush();
                        Thread.sleep(random.nextInt(600));
                        if (locked) {
                            assertFalse(screen.raw().contains("Not yet"), "no verdict while the answer cannot be stored");
                            if (random.nextBoolean()) {
                                s.execute("COMMIT"); // let go: the answer is stored, then judged
                                Thread.sleep(random.nextInt(400));
                            }
                        }
                        serve.destroyForcibly(); // kill -9, wherever it is
                        assertTrue(serve.waitFor(20, TimeUnit.SECONDS));
                        received = screen.raw(); // every byte the client received
                        if (locked && !other.getAutoCommit()) other.rollback();
                    }
                    session.close(true);
                } finally {
                    serve.destroyForcibly();
                }
                boolean seen = received.contains("Not yet");
                long stored = answers() - before;
                if (seen) seenInAll++;
                assertTrue(!seen || stored >= 1, "round " + round + (locked ? " (locked)" : "") + ": a verdict was seen but "
                        + stored + " answers were stored");
            }
        } finally {
            client.stop();
        }
        assertTrue(seenInAll >= 1, "some verdicts reached the client (" + seenInAll + " of " + rounds + ")");
    }
}

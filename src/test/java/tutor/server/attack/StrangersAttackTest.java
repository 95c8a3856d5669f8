package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.server.Limits;
import tutor.testing.Tmux;

/**
 * Strangers before login: hundreds of connections that never log in are bounded per address and in all, and each is
 * closed at the login timeout, while a student from another address still logs in; user names of any length or
 * content leave a bounded, escaped line in connections.log, through MINA's client and the real ssh.
 */
class StrangersAttackTest {
    @TempDir Path state;

    static final Duration TIMEOUT = Duration.ofSeconds(4);

    @Test
    void connectionsThatNeverLogInAreBoundedAndClosedAtTheTimeout() throws Exception {
        int perAddress = 30;
        int all = 100;
        Limits limits = Limits.defaults().withStrangers(all, perAddress, TIMEOUT);
        int strangers = AttackLab.size(200, 1000);
        try (AttackLab lab = new AttackLab(state, limits, List.of("ada"), List.of("alan"))) {
            List<Socket> sockets = new ArrayList<>();
            try {
                // From one address: no more than perAddress are kept waiting.
                for (int i = 0; i < 2 * perAddress; i++) sockets.add(stranger(lab, "127.0.0.2"));
                AttackLab.eventually("the address held to " + perAddress, () -> lab.server.strangers() == perAddress);
                // A student from another address still logs in, by code, and gets the tutor.
                ClientSession ada = lab.connect("ada", null);
                ada.addPasswordIdentity(AttackLab.codeOf("ada"));
                ada.auth().verify(Duration.ofSeconds(30));
                AttackLab.shell(ada, 80, 24).screen().await("1  One hidden neuron");
                ada.close(true);
                // From many addresses: no more than all are kept waiting.
                for (int i = sockets.size(); i < strangers; i++) sockets.add(stranger(lab, "127.0.0." + (3 + i % 8)));
                Thread.sleep(500);
                assertTrue(lab.server.strangers() <= all, lab.server.strangers() + " strangers kept");
                // At the timeout, each is closed.
                long end = System.nanoTime() + TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(20);
                for (Socket s : sockets) {
                    s.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
                    assertTrue(closed(s), "a stranger's connection is closed within the login timeout");
                }
                AttackLab.eventually("no stranger counted", () -> lab.server.strangers() == 0);
                // Once they are gone, a student with a key logs in at once.
                lab.byKey("alan").close(true);
            } finally {
                for (Socket s : sockets) s.close();
            }
            assertTrue(lab.log().contains("refused - /127.0.0.2:") && lab.log().contains("too many connections waiting to log in "
                    + "from this address (" + perAddress + ")"), "the refusals are logged");
        }
    }

    /** A TCP connection that says it speaks SSH and then nothing more. */
    private static Socket stranger(AttackLab lab, String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", lab.server.port()), 10_000);
        s.getOutputStream().write("SSH-2.0-stranger\r\n".getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    /** Reads until the server closes the connection (true) or the read times out (false). */
    private static boolean closed(Socket s) {
        try {
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // the server's banner and key exchange offer
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void longAndBidiUserNamesLeaveABoundedEscapedLine() throws Exception {
        int longest = AttackLab.size(60_000, 200_000);
        try (AttackLab lab = new AttackLab(state, Limits.defaults(), List.of("ada"), List.of())) {
            List<String> names = List.of("x".repeat(longest), "ad\u202Emin", "\u001b[2J\u001b]0;owned\u0007ada", "ada\u200B",
                    "a\u2028b\u0000c");
            for (String name : names) {
                ClientSession s = lab.connect(name, null);
                s.addPasswordIdentity("WRNG-CODE");
                assertThrows(Exception.class, () -> s.auth().verify(Duration.ofSeconds(30)), "refused");
                s.close(true);
            }
            boolean ssh = Tmux.present("ssh", "-V");
            if (System.getenv("CI") != null && !ssh) fail("ssh is missing; .ci/run installs openssh-client");
            if (ssh) {
                Path askpass = state.resolve("askpass.sh");
                java.nio.file.Files.writeString(askpass, "#!/bin/sh\necho WRNG-CODE\n");
                java.nio.file.Files.setPosixFilePermissions(askpass, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                for (String name : List.of("y".repeat(3000), "ev\u202Ee")) {
                    ProcessBuilder pb = new ProcessBuilder("ssh", "-F", "/dev/null", "-p", String.valueOf(lab.server.port()),
                            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentityAgent=none",
                            "-o", "PreferredAuthentications=password", "-o", "NumberOfPasswordPrompts=1", "-l", name, "127.0.0.1")
                            .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                    pb.environment().put("SSH_ASKPASS", askpass.toString());
                    pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
                    Process p = pb.start();
                    p.getInputStream().readAllBytes();
                    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                    assertEquals(255, p.exitValue(), "refused");
                }
            }
            AttackLab.eventually("every connection has left a line", () -> {
                try {
                    return lab.log().lines().filter(l -> l.contains(" disconnect ")).count() >= names.size() + (ssh ? 2 : 0);
                } catch (IOException e) {
                    return false;
                }
            });
            String log = lab.log();
            for (String line : log.lines().toList()) {
                assertTrue(line.length() <= 400, () -> "a bounded line (" + line.length() + " characters): " + line.substring(0, 120));
                assertTrue(line.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT || c == 0x2028), () -> "no control or format character: " + line);
            }
            assertTrue(log.contains(" refused ad\\u202emin /127.0.0.1:"), log);
            assertTrue(log.contains(" refused \\x1b[2J\\x1b]0;owned\\x07ada /127.0.0.1:"), log);
            assertTrue(log.contains(" refused ada\\u200b /127.0.0.1:"), log);
            assertTrue(log.contains(" refused " + "x".repeat(63) + "… /127.0.0.1:"), "cut at 64, marked");
            if (ssh) {
                assertTrue(log.contains(" refused " + "y".repeat(63) + "… /127.0.0.1:"), log);
                assertTrue(log.contains(" refused ev\\u202ee /127.0.0.1:"), log);
            }
            assertFalse(log.contains("ada\u200B"));
        }
    }
}

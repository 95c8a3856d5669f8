package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.testing.AnsiScreen;

/**
 * ESC [ and then digits that never end: read in linear time and dropped; the session goes on answering keys, and
 * once the client has left, the session's threads end and the server's CPU is idle again within a second. (The
 * frames it received over ssh hold no NUL.)
 */
class UnfinishedEscapeAttackTest {
    @TempDir Path state;

    @Test
    void anEscapeOfAHundredThousandDigitsIsDroppedAndTheServerIdlesWhenTheClientLeaves() throws Exception {
        int digits = SessionRig.size(100_000, 1_000_000);
        try (SessionRig rig = new SessionRig(state, SshClient.setUpDefaultClient())) {
            ClientSession session = rig.login();
            ChannelShell shell = session.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            AnsiScreen screen = new AnsiScreen(80, 24);
            shell.setOut(screen);
            shell.setErr(screen);
            shell.open().verify(Duration.ofSeconds(60));
            screen.await("1  One hidden neuron");
            var keys = shell.getInvertedIn();
            keys.write("\u001b[".getBytes(StandardCharsets.US_ASCII));
            byte[] ones = "1".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < digits; sent += ones.length) keys.write(ones);
            keys.flush();
            // The sequence ends at a final byte and is dropped as garbage; the keys after it are the learner's.
            keys.write("A2\r".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            screen.await("Step 1/11");
            String received = screen.raw();
            assertTrue(received.contains("·") && received.contains("₁"), "2- and 3-byte characters drawn");
            assertFalse(received.contains("\u0000"), "no NUL on the wire: a frame is exactly the UTF-8 of what is drawn");
            // Unfinished again, and the client leaves in the middle of it.
            keys.write("\u001b[".getBytes(StandardCharsets.US_ASCII));
            for (int sent = 0; sent < digits; sent += ones.length) keys.write(ones);
            keys.flush();
            session.close(true);
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
            SessionRig.eventually("the session's threads ended", () -> !SessionRig.sessionThreadsAlive());
            SessionRig.eventually("the session left the server", () -> rig.server.sessions() == 0);
            long cpu = SessionRig.cpuMillisOverASecond();
            assertTrue(cpu < 300, "the server idles once the client has left: " + cpu + " ms of CPU in a second");
            assertFalse(SessionRig.sessionThreadsAlive());
        }
    }
}

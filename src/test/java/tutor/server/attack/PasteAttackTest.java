package tutor.server.attack;

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
 * A megabyte pasted into the answer field: read as fast as it comes, cut (the field keeps what it holds, the keys
 * past what the tutor can take are dropped) with a word to the learner, and the session answers the next key.
 */
class PasteAttackTest {
    @TempDir Path state;

    @Test
    void aMegabytePasteIsCutWithAWordAndTheSessionGoesOn() throws Exception {
        int bytes = SessionRig.size(1 << 20, 16 << 20);
        try (SessionRig rig = new SessionRig(state, SshClient.setUpDefaultClient())) {
            ClientSession session = rig.login();
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
            keys.write("\r\u001b[C\u001b[C\u001b[C".getBytes(StandardCharsets.US_ASCII)); // tiny, to its first question
            keys.flush();
            screen.await("Your turn");
            byte[] paste = "1234567890".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < bytes; sent += paste.length) keys.write(paste);
            keys.flush();
            String said = screen.await("the paste cut with a word", s -> s.contains(" keys not taken: a paste is cut"));
            assertTrue(said.matches("(?s).*\\d+ keys not taken: a paste is cut where the tutor falls behind\\..*"), said);
            // Ctrl-U: the field cleared, the session answers (a key that comes while the paste still floods the queue
            // may be cut with it, as the message says: the learner presses it again)
            for (int i = 0; i < 10 && screen.text().contains("not taken"); i++) {
                keys.write("\u0015".getBytes(StandardCharsets.US_ASCII));
                keys.flush();
                Thread.sleep(500);
            }
            screen.await("the message gone and the field empty", s -> !s.contains("not taken"));
            keys.write("q".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            keys.write("q".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            session.close(false);
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
            SessionRig.eventually("the session's threads ended", () -> !SessionRig.sessionThreadsAlive());
        }
    }
}

package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that keeps sending keys but stops reading what the server draws: its SSH window fills and the session's
 * write waits. The server closes it, connection and all, after the stated time; a stop meanwhile counts it and ends.
 */
class StalledReaderAttackTest {
    @TempDir Path state;

    @BeforeEach
    void aShortStall() {
        System.setProperty("tutor.server.stall-seconds", "2");
    }

    @AfterEach
    void theUsualStall() {
        System.clearProperty("tutor.server.stall-seconds");
    }

    /** A client with a small window that never reads its channel's output: MINA adjusts the window only on reading. */
    static SshClient nonReading() {
        SshClient client = SshClient.setUpDefaultClient();
        CoreModuleProperties.WINDOW_SIZE.set(client, 16L << 10);
        return client;
    }

    /** Opens a shell whose output is never read, then presses Ctrl-L (a whole frame each) until the window is full. */
    static ClientSession stalled(SessionRig rig) throws Exception {
        ClientSession session = rig.login();
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm");
        shell.setPtyColumns(80);
        shell.setPtyLines(24);
        shell.setStreaming(ClientChannel.Streaming.Async);
        shell.open().verify(Duration.ofSeconds(60));
        SessionRig.eventually("the session started", () -> rig.server.sessions() == 1);
        for (int i = 0; i < SessionRig.size(60, 400); i++) {
            shell.getAsyncIn().writeBuffer(new ByteArrayBuffer("\u000c".getBytes(StandardCharsets.US_ASCII)))
                    .verify(Duration.ofSeconds(20));
            Thread.sleep(30); // each its own frame
        }
        return session;
    }

    @Test
    void aClientThatStopsReadingIsClosedAfterTheStatedTime() throws Exception {
        try (SessionRig rig = new SessionRig(state, nonReading())) {
            ClientSession session = stalled(rig);
            SessionRig.eventually("the session closed", () -> rig.server.sessions() == 0);
            SessionRig.eventually("the connection closed", session::isClosed);
            SessionRig.eventually("the session's threads ended", () -> !SessionRig.sessionThreadsAlive());
            String log = Files.readString(state.resolve("connections.log"));
            assertTrue(log.matches("(?s).* stalled mallory /127\\.0\\.0\\.1:\\d+ closed: the client read nothing for 2 seconds\n.*"), log);
            assertTrue(log.contains(" disconnect mallory "), log);
        }
    }

    @Test
    void aStopCountsAStalledSessionAndEnds() throws Exception {
        System.setProperty("tutor.server.stall-seconds", "600");
        SessionRig rig = new SessionRig(state, nonReading());
        try {
            ClientSession session = stalled(rig);
            Thread.sleep(500);
            assertEquals(1, rig.server.sessions(), "still connected, not reading");
            assertEquals(1, rig.server.shutdown("stopping"), "counted at the stop");
            SessionRig.eventually("the connection closed", session::isClosed);
            String log = Files.readString(state.resolve("connections.log"));
            assertTrue(log.contains(" disconnect mallory "), log);
            assertTrue(log.contains(" stop - - server stopped; 1 session(s) saved and told"), log);
        } finally {
            rig.client.stop();
        }
    }
}

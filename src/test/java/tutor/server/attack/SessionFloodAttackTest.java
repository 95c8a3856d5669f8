package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.server.Limits;
import tutor.testing.Tmux;

/**
 * One student (or several) opening huge windows and as many sessions as they can, while another student at 80x24
 * keeps answering: each huge window is drawn at the capped size and its student told so, a session past the student's
 * limit and one past the server's are refused in words, a second channel on one connection is refused, and the honest
 * student's session never ends, every key answered by its frame.
 */
class SessionFloodAttackTest {
    @TempDir Path state;

    @Test
    void hugeWindowsAndManySessionsFromOneStudentLeaveAnotherAnswering() throws Exception {
        int attackers = AttackLab.size(2, 10);
        int perStudent = Limits.SESSIONS_PER_STUDENT;
        int max = 1 + attackers * perStudent; // the honest student and every attacker's allowance: then full
        List<String> ids = new ArrayList<>(List.of("ada", "late"));
        for (int i = 0; i < attackers; i++) ids.add("m" + i);
        Limits limits = Limits.defaults().withSessions(perStudent, max);
        try (AttackLab lab = new AttackLab(state, limits, List.of(), ids)) {
            HonestStudent ada = new HonestStudent(AttackLab.shell(lab.byKey("ada"), 80, 24));
            Thread honest = new Thread(ada, "honest-ada");
            honest.start();
            List<ClientSession> held = new ArrayList<>();
            long before = heapUsed();
            for (int a = 0; a < attackers; a++) {
                String id = "m" + a;
                for (int n = 0; n < perStudent; n++) {
                    ClientSession s = lab.byKey(id);
                    held.add(s);
                    AttackLab.Shell big = AttackLab.shell(s, 1000, 1000);
                    String screen = big.screen().await("Your window is 1000x1000; the tutor draws at most 300x100");
                    assertTrue(screen.contains("1  One hidden neuron"), screen);
                    big.send("\r"); // a lesson drawn at 300x100
                    big.screen().await("Step 1/9");
                    assertDrawnWithin(big.screen().raw(), 300, 100);
                    if (n == 0) {
                        // One channel per connection: a second tutor on the same connection is refused.
                        assertThrows(Exception.class, () -> AttackLab.shell(s, 80, 24), "a second channel");
                    }
                }
                // One more session: told why, in words, and closed.
                ClientSession extra = lab.byKey(id);
                held.add(extra);
                AttackLab.Shell refused = AttackLab.shell(extra, 1000, 1000);
                refused.screen().await("backprop-tutor: you already have 3 tutor sessions open, the most one student may have at "
                        + "once; quit one of them (q) and connect again.");
                refused.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
                assertEquals(1, refused.channel().getExitStatus());
                // Connections kept open without a tutor are bounded too: past two spare ones, the login is ended in words.
                held.add(lab.byKey(id));
                assertThrows(Exception.class, () -> held.add(lab.byKey(id)), "ended at login (ssh prints the reason)");
                assertTrue(lab.log().contains("refused " + id + " /127.0.0.1:") && lab.log().contains("you have 5 connections open "
                        + "already, the most one student may; close one and connect again."), lab.log());
            }
            // What a session at the capped size holds, the client's side of it included: within what Limits counts.
            long each = (heapUsed() - before) / (attackers * perStudent);
            System.out.printf("attack: %d KiB of heap for each session at 1000x1000 (drawn at 300x100), both ends counted%n",
                    each >> 10);
            assertTrue(each <= Limits.SESSION_HEAP, each + " bytes a session");
            // The server is full now: a new student is told so, in words.
            AttackLab.Shell late = AttackLab.shell(lab.byKey("late"), 200, 24); // wide enough for the line
            late.screen().await("backprop-tutor: the server is full (" + max + " sessions open, the most it takes); try again "
                    + "in a few minutes, or tell your teacher.");
            assertEquals(max, lab.server.sessions());
            Thread.sleep(AttackLab.size(2_000, 30_000)); // the honest student goes on working beside them
            assertTrue(ada.open(), "the honest student's session never ended");
            assertNull(ada.failure, () -> "the honest student was held up: " + ada.failure);
            ada.stop();
            honest.join(30_000);
            assertFalse(ada.keyToFrameMs.isEmpty());
            System.out.printf("attack: %d attackers x %d sessions at 1000x1000; honest key-to-frame p50 %d ms, p99 %d ms, max %d ms"
                    + " over %d keys%n", attackers, perStudent, AttackLab.percentile(ada.keyToFrameMs, 50),
                    AttackLab.percentile(ada.keyToFrameMs, 99), AttackLab.percentile(ada.keyToFrameMs, 100), ada.keyToFrameMs.size());
            for (ClientSession s : held) s.close(true);
            AttackLab.eventually("the attackers' sessions end with their connections", () -> lab.server.sessions() == 1);
            assertTrue(lab.log().contains("refused m0 /127.0.0.1:") && lab.log().contains("a session over the student's limit of 3"),
                    lab.log());
            assertTrue(lab.log().contains("refused late /127.0.0.1:") && lab.log().contains("the server is full (" + max + " sessions)"),
                    lab.log());
        }
    }

    @Test
    void theRealSshAtAThousandColumnsIsDrawnCappedAndItsFourthSessionRefused() throws Exception {
        boolean tools = Tmux.present("tmux", "-V") && Tmux.present("ssh", "-V");
        if (System.getenv("CI") != null && !tools) fail("tmux or ssh is missing; .ci/run installs tmux and openssh-client");
        Assumptions.assumeTrue(tools, "tmux or ssh is not installed here");
        try (AttackLab lab = new AttackLab(state, Limits.defaults(), List.of(), List.of("cy"))) {
            Path key = state.resolve("id_cy");
            assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cy", "-f", key.toString())));
            String pub = Files.readString(Path.of(key + ".pub")).trim();
            lab.db.recordKeys("cy", List.of(pub.substring(0, pub.lastIndexOf(' '))));
            String ssh = "ssh -F /dev/null -p " + lab.server.port() + " -i " + key + " -o IdentitiesOnly=yes -o IdentityAgent=none"
                    + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -tt cy@127.0.0.1";
            List<Tmux> open = new ArrayList<>();
            try {
                for (int i = 0; i < Limits.SESSIONS_PER_STUDENT; i++) {
                    Tmux t = new Tmux(List.of("sh", "-c", "stty cols 1000 rows 1000; exec " + ssh));
                    open.add(t);
                    // the pane is 80 wide whatever stty says: the notice's start is what the student sees there
                    t.await("Your window is 1000x1000; the tutor");
                }
                Tmux fourth = new Tmux(List.of("sh", "-c", "stty cols 1000 rows 1000; exec " + ssh));
                open.add(fourth);
                fourth.await("backprop-tutor: you already have 3 tutor sessions open");
                fourth.awaitExit();
                assertEquals(3, lab.server.sessions());
            } finally {
                for (Tmux t : open) t.close();
            }
            AttackLab.eventually("no session left", () -> lab.server.sessions() == 0);
        }
    }

    /** The heap in use after a full collection. */
    static long heapUsed() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Every cursor position the server sent is inside columns x rows. */
    static void assertDrawnWithin(String raw, int columns, int rows) {
        Matcher m = Pattern.compile("\u001b\\[(\\d+);(\\d+)H").matcher(raw);
        int positions = 0;
        while (m.find()) {
            positions++;
            assertTrue(Integer.parseInt(m.group(1)) <= rows && Integer.parseInt(m.group(2)) <= columns, "drawn at " + m.group());
        }
        assertTrue(positions > 0, "the screen was drawn");
    }
}

package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.sqlite.ClassDatabase;

/** The server's small parts: line ends, the roster, codes, the login limit, what a client may set. */
class ServerPartsTest {

    /** Reads everything, one read call per given chunk (as packets arrive). */
    static String through(byte[]... chunks) throws IOException {
        InputStream packets = new InputStream() {
            int i;

            @Override public int read() {
                throw new UnsupportedOperationException();
            }

            @Override public int read(byte[] b, int off, int len) {
                if (i >= chunks.length) return -1;
                byte[] c = chunks[i++];
                System.arraycopy(c, 0, b, off, c.length);
                return c.length;
            }
        };
        return new String(new LineEnds(packets).readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void crCrLfAndCrNulAreEachOneEnterEvenAcrossPackets() throws IOException {
        assertEquals("1\n2\n3\n4", through(b("1\r2\r\n3\r\0004")));
        assertEquals("a\nb", through(b("a\r"), b("\nb")));
        assertEquals("a\n", through(b("a\r"), b("\000")));
        assertEquals("\n\n", through(b("\r\r")));
        assertEquals("\n\u001b[A", through(b("\r"), b("\u001b[A")), "the key after Enter arrives whole");
        assertEquals("x\ny", through(b("x\n"), b("y")), "a plain LF stays one");
    }

    @Test
    void aRosterWithHeaderQuotesRolesAndComments() throws Exception {
        List<ClassDatabase.Student> r = Roster.parse("class.csv", List.of("\uFEFFid,name,role", "# lab 3", "ada,Ada Lovelace",
                "alan,\"Turing, Alan\",student", "", "grace,Grace Hopper,Teacher"));
        assertEquals(List.of(new ClassDatabase.Student("ada", "Ada Lovelace", "student", null, null),
                new ClassDatabase.Student("alan", "Turing, Alan", "student", null, null),
                new ClassDatabase.Student("grace", "Grace Hopper", "teacher", null, null)), r);
    }

    @Test
    void aBadRosterSaysWhichLineAndWhy() {
        Roster.Invalid e = assertThrows(Roster.Invalid.class, () -> Roster.parse("c.csv", List.of("ada,Ada", "bad id,Bob")));
        assertTrue(e.getMessage().startsWith("c.csv:2: \"bad id\" cannot be a login id"), e.getMessage());
        e = assertThrows(Roster.Invalid.class, () -> Roster.parse("c.csv", List.of("ada,Ada", "ADA,Ada again")));
        assertEquals("c.csv:2: \"ADA\" appears twice", e.getMessage());
        e = assertThrows(Roster.Invalid.class, () -> Roster.parse("c.csv", List.of("ada,Ada,admin")));
        assertEquals("c.csv:1: the role \"admin\" is not student or teacher", e.getMessage());
        e = assertThrows(Roster.Invalid.class, () -> Roster.parse("c.csv", List.of("id,name")));
        assertTrue(e.getMessage().contains("no students"), e.getMessage());
        assertEquals("Ada  Lovelace", Roster.clean("Ada\u001b Lovelace"));
    }

    @Test
    void codesAreReadableAndOnlyTheirSaltedHashIsKept() {
        String code = Codes.generate();
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);
        String hash = Codes.hash(code);
        assertFalse(hash.contains(code) || hash.contains(code.replace("-", "")), hash);
        assertTrue(hash.startsWith("pbkdf2-sha256$" + Codes.ITERATIONS + "$"), hash);
        assertNotEquals(hash, Codes.hash(code), "salted: the same code hashes differently each time");
        assertTrue(Codes.matches(code, hash));
        assertTrue(Codes.matches(code.toLowerCase().replace("-", " "), hash), "any case, dash or space");
        assertFalse(Codes.matches("AAAA-AAAA", hash));
        assertFalse(Codes.matches(code, "plain"));
        assertFalse(Codes.matches("x".repeat(1000), hash));
    }

    /** A clock the test moves. */
    static final class Manual extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override public Instant instant() {
            return now;
        }
    }

    @Test
    void failedLoginsWaitLongerAndLongerPerIdNotPerAddress() {
        Manual clock = new Manual();
        LoginGuard guard = new LoginGuard(clock);
        guard.failed("ada");
        guard.failed("ada");
        assertEquals(Duration.ZERO, guard.wait("ada"), "two slips are free");
        guard.failed("ada");
        assertEquals(Duration.ofSeconds(1), guard.wait("ADA"), "the id whatever its case");
        assertEquals(Duration.ZERO, guard.wait("alan"), "others in the class are not held up");
        clock.now = clock.now.plusSeconds(1);
        guard.failed("ada");
        assertEquals(Duration.ofSeconds(2), guard.wait("ada"));
        for (int i = 0; i < 20; i++) guard.failed("ada");
        assertEquals(LoginGuard.MAX, guard.wait("ada"), "at most thirty seconds");
        assertEquals(Duration.ofSeconds(30), LoginGuard.MAX);
        guard.failed("nobody-on-the-roster");
        guard.failed("nobody-on-the-roster");
        guard.failed("nobody-on-the-roster");
        assertEquals(Duration.ofSeconds(1), guard.wait("nobody-on-the-roster"), "any id alike");
        guard.succeeded("ada");
        assertEquals(Duration.ZERO, guard.wait("ada"));
    }

    @Test
    void aConnectionLogLineHasTheAddressAndNeverCutsAWord(@TempDir Path dir) throws Exception {
        Clock at = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("UTC"));
        String refusal = "the tutor needs a terminal: connect with ssh -t (or plain ssh from a terminal), e.g. ssh -t -p "
                + "2222 ada@labhost";
        try (ConnectionLog log = new ConnectionLog(dir.resolve("connections.log"), at)) {
            log.write("refused", "ada", new InetSocketAddress("127.0.0.1", 50122), refusal);
            log.write("refused", "ada", null, "a command: \"" + "word ".repeat(40) + "\"");
            log.write("stop", null, null, "server stopped");
        }
        List<String> lines = Files.readAllLines(dir.resolve("connections.log"));
        assertEquals("2026-03-01T09:00:00Z refused ada /127.0.0.1:50122 " + refusal, lines.get(0), "whole, with the address");
        assertEquals("2026-03-01T09:00:00Z refused ada - a command: \"" + "word ".repeat(28) + "word…", lines.get(1));
        assertEquals("2026-03-01T09:00:00Z stop - - server stopped", lines.get(2));
        assertEquals("abc…", ConnectionLog.shorten("abcdefgh", 4), "one word longer than the line is cut, and marked");
        assertEquals("one two…", ConnectionLog.shorten("one two three", 10));
        assertEquals("one two three", ConnectionLog.shorten("one two three", 13));
    }

    @Test
    void connectionsLogRotatesAtItsSizeKeepingThreeOld(@TempDir Path dir) throws Exception {
        Clock at = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("UTC"));
        Path file = dir.resolve("connections.log");
        try (ConnectionLog log = new ConnectionLog(file, at, 1000)) {
            for (int i = 0; i < 100; i++) log.write("refused", "x".repeat(100_000), null, "line " + i);
        }
        for (Path p : List.of(file, dir.resolve("connections.log.1"), dir.resolve("connections.log.2"), dir.resolve("connections.log.3"))) {
            assertTrue(Files.size(p) <= 1000, p + " is " + Files.size(p) + " bytes");
        }
        assertFalse(Files.exists(dir.resolve("connections.log.4")), "three old files kept, no more");
        List<String> last = Files.readAllLines(file);
        assertEquals("2026-03-01T09:00:00Z refused " + "x".repeat(63) + "… - line 99", last.get(last.size() - 1));
        assertTrue(Files.readString(dir.resolve("connections.log.1")).contains(" - line " + (99 - last.size()) + "\n"));
    }

    @Test
    void loggedFieldsAreCutAndEscaped() {
        assertEquals("ad\\u202emin", LogText.clean("ad\u202Emin", 64), "a right-to-left override is written as an escape");
        assertEquals("\\x1b[2J\\x07\\x00\\n", LogText.clean("\u001b[2J\u0007\u0000\n", 64));
        assertEquals("a\\u200bb\\u2028c\\\\", LogText.clean("a\u200Bb\u2028c\\", 64), "zero-width, separators, a backslash");
        assertEquals("Σ ŷ δ ·", LogText.clean("Σ ŷ δ ·", 64), "letters and symbols stay as they are");
        assertEquals("xxx…", LogText.clean("x".repeat(60_000), 4));
        assertEquals("ab…", LogText.clean("ab\u202Ecd", 6), "an escape is never cut in half");
    }

    @Test
    void aClientMaySetOnlyHowTheScreenLooks() {
        for (String ok : List.of("TERM", "LANG", "LC_ALL", "LC_CTYPE", "NO_COLOR", "COLORTERM")) assertTrue(TutorChannel.allowed(ok), ok);
        for (String no : List.of("LD_PRELOAD", "PATH", "HOME", "USER", "JAVA_TOOL_OPTIONS", "XDG_STATE_HOME")) {
            assertFalse(TutorChannel.allowed(no), no);
        }
    }
}

package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.progress.Progress;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.Tmux;
import tutor.tui.MenuEntry;

/**
 * The classroom server through the real OpenSSH client on 127.0.0.1, in tmux where a student would see it: a first
 * login with a code, a lesson, a quiz, a resize, quitting, a second login by the recorded key. And what it refuses:
 * a wrong code, an unknown id, a student over the limit, a command, sftp, -L and -R forwarding, no pty; none leaves a
 * session behind.
 */
class SshEndToEndTest {
    static Path state;
    static Path key;
    static TutorServer server;
    static ClassDatabase db;

    @BeforeAll
    static void start() throws Exception {
        boolean tools = Tmux.present("tmux", "-V") && Tmux.present("ssh", "-V");
        if (System.getenv("CI") != null && !tools) fail("tmux or ssh is missing; .ci/run installs tmux and openssh-client");
        Assumptions.assumeTrue(tools, "tmux or ssh is not installed here (CI installs them and fails without them)");
        state = Files.createTempDirectory("tutor-serve");
        ServerLog.configure(state);
        key = state.resolve("id_ed25519");
        assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key.toString())));
        db = ClassDatabase.open(state, Clock.systemUTC());
        db.enrol(Roster.parse("class.csv", List.of("id,name", "ada,Ada Lovelace", "alan,Alan Turing", "bob,Bob", "cy,Cy",
                "dee,Dee", "fay,Fay")));
        for (String id : List.of("ada", "bob", "cy", "dee", "fay")) db.setCode(id, Codes.hash(codeOf(id)));
        String pub = Files.readString(Path.of(key + ".pub")).trim();
        db.recordKeys("alan", List.of(pub.substring(0, pub.lastIndexOf(' ')))); // as stored: no comment
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons, Clock.systemUTC()), db);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.shutdown("test over");
        if (state != null) {
            try (var files = Files.walk(state)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static String codeOf(String id) {
        return (id.toUpperCase() + "XXXXXXXX").substring(0, 4) + "-2345";
    }

    /** ssh to the test server as the id, with the test's key, nothing from the machine's own configuration. */
    static List<String> ssh(String id, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", String.valueOf(server.port()), "-i", key.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=20"));
        cmd.addAll(List.of(extra));
        cmd.add(id + "@127.0.0.1");
        return cmd;
    }

    /**
     * As ssh, with a command after the destination (before it, ssh would read it as the host); the client's own
     * warnings left out, so what it prints is the server's.
     */
    static List<String> sshCommand(String id, String command, String... extra) {
        List<String> cmd = ssh(id, extra);
        cmd.addAll(cmd.size() - 1, List.of("-o", "LogLevel=ERROR"));
        cmd.add(command);
        return cmd;
    }

    static String log() throws IOException {
        return Files.readString(state.resolve("connections.log"));
    }

    static void eventually(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) return;
            Tmux.sleep(50);
        }
        fail("never: " + what);
    }

    static void noSessionLeft() {
        eventually("no session left open (" + server.sessions() + " open)", () -> server.sessions() == 0);
    }

    @Test
    void aStudentLogsInWithACodeWorksQuitsAndComesBackByKey() throws Exception {
        List<String> first = new ArrayList<>(List.of("env", "LANG=C.UTF-8"));
        first.addAll(ssh("ada", "-o", "SendEnv=LANG", "-o", "PreferredAuthentications=publickey,keyboard-interactive"));
        try (Tmux t = new Tmux(first)) {
            t.await("(ada@127.0.0.1) Code:");
            t.literally(codeOf("ada").toLowerCase());
            t.keys("Enter");
            t.await("1  One hidden neuron: the smallest backprop");
            t.keys("Enter");
            t.await("Step 1/9");
            t.keys("Right");
            t.await("Your turn: What does the hidden neuron output?");
            t.literally("0.750");
            t.keys("Enter");
            String right = t.await("Right: h = 0.750.");
            assertTrue(right.contains("┌h────────┐"), "Unicode, as the client's LANG asks:\n" + right);
            t.resize(100, 30);
            t.await("a title bar 100 wide", s -> s.lines().anyMatch(l -> l.stripTrailing().endsWith("Step 2/9") && l.stripTrailing().length() > 90));
            t.resize(80, 24);
            t.keys("q");
            t.awaitExit();
        }
        assertTrue(log().contains(" login ada /127.0.0.1:"), log());
        assertTrue(log().contains(" code, 1 key(s) recorded"), log());
        noSessionLeft();
        assertEquals(1, db.storeFor("ada").load().progress().lesson("tiny").item("fill:0:a:h").attempts());
        // Back again: the key recorded at the first login lets ada in without a code, at the same step; no LANG: ASCII.
        try (Tmux t = new Tmux(ssh("ada", "-o", "PreferredAuthentications=publickey"))) {
            t.await("at step 2/9, score 1/9");
            t.keys("Enter");
            String s = t.await("Step 2/9");
            assertTrue(s.contains("+h--------+"), "plain ASCII without a UTF-8 LANG from the client:\n" + s);
            t.keys("q");
            t.awaitExit();
        }
        assertTrue(log().matches("(?s).* login ada /127\\.0\\.0\\.1:\\d+ key\n.*"), log());
        noSessionLeft();
    }

    record Ran(int exit, String output) {}

    static Ran ran(List<String> cmd, String code) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (code != null) {
            Path askpass = state.resolve("askpass.sh");
            Files.writeString(askpass, "#!/bin/sh\necho \"$TEST_CODE\"\n");
            Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
            pb.environment().put("SSH_ASKPASS", askpass.toString());
            pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
            pb.environment().put("TEST_CODE", code);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ssh ended");
        return new Ran(p.exitValue(), out);
    }

    static Ran withCode(String id, String code) throws Exception {
        return ran(ssh(id, "-o", "PreferredAuthentications=password", "-o", "NumberOfPasswordPrompts=1", "-T", "-N"), code);
    }

    @Test
    void wrongCodesUnknownIdsAndTheLimitAreRefused() throws Exception {
        Ran wrong = withCode("cy", "ZZZZ-ZZZZ");
        assertEquals(255, wrong.exit(), wrong.output());
        assertTrue(wrong.output().contains("Permission denied"), wrong.output());
        assertTrue(log().contains(" refused cy /127.0.0.1:") && log().contains("wrong code"), log());
        Ran unknown = withCode("mallory", codeOf("ada"));
        assertEquals(255, unknown.exit(), unknown.output());
        assertTrue(log().contains(" refused mallory /127.0.0.1:") && log().contains("not on the roster"), log());
        for (int i = 0; i < LoginGuard.FREE; i++) assertEquals(255, withCode("bob", "WRNG-" + i + "234").exit());
        Ran another = withCode("bob", "WRNG-9234");
        assertEquals(255, another.exit(), another.output());
        // each refusal takes a second, so a try is held only when it comes sooner than that (ServerPartsTest holds it)
        assertEquals(LoginGuard.FREE + 1, log().lines().filter(l -> l.contains(" refused bob /127.0.0.1:") && l.contains("wrong code")).count(),
                log());
        // The right code still lets bob in after the wait: here to a command, refused in words after the login.
        Ran right = ran(sshCommand("bob", "true", "-o", "PreferredAuthentications=password", "-o", "NumberOfPasswordPrompts=1"), codeOf("bob"));
        assertEquals(1, right.exit(), "logged in after the wait, then refused the command:\n" + right.output());
        noSessionLeft();
    }

    /** What a student sees after typing a wrong code as the id at the keyboard-interactive prompt. */
    static String afterAWrongCode(String id) {
        try (Tmux t = new Tmux(ssh(id, "-o", "PreferredAuthentications=keyboard-interactive", "-o", "LogLevel=INFO"))) {
            t.await("(" + id + "@127.0.0.1) Code:");
            t.literally("ZZZZ-ZZZZ");
            t.keys("Enter");
            String screen = t.await("the second prompt", s -> s.split("Code:", -1).length == 3);
            return screen.replace(id + "@", "ID@").strip();
        }
    }

    @Test
    void aRefusedCodeIsSaidSoTheSameForAnUnknownId() {
        String known = afterAWrongCode("fay");
        assertTrue(known.matches("(?s)(.*\n)?\\(ID@127\\.0\\.0\\.1\\) Code: *\nbackprop-tutor\n"
                + "That code was not accepted; check it and try again\\.\n\\(ID@127\\.0\\.0\\.1\\) Code:"), known);
        assertEquals(known, afterAWrongCode("mallory"), "an id not on the roster looks the same");
    }

    @Test
    void noCommandsNoSftpNoForwardingNoShellWithoutAPty() throws Exception {
        String howToConnect = "connect with: ssh -t -p " + server.port() + " alan@127.0.0.1";
        Ran exec = ran(sshCommand("alan", "ls /", "-o", "BatchMode=yes"), null);
        assertEquals(new Ran(1, "backprop-tutor: this server runs the tutor only, not commands; " + howToConnect + "\n"), exec,
                "one line saying what to do, exit status 1, and no listing");
        assertTrue(log().matches("(?s).* refused alan /127\\.0\\.0\\.1:\\d+ a command: \"ls /\"\n.*"), log());
        // A command's control characters never reach the log, and a long one is cut at a word.
        Ran noisy = ran(sshCommand("alan", "echo \u001b[2J" + " word".repeat(40), "-o", "BatchMode=yes"), null);
        assertEquals(1, noisy.exit(), noisy.output());
        assertTrue(log().matches("(?s).* refused alan /127\\.0\\.0\\.1:\\d+ a command: \"echo \\\\x1b\\[2J( word){14}…\"\n.*"), log());
        assertFalse(Files.readString(state.resolve("server.log")).contains("No command factory"), "nothing for the server's log");
        // ssh -t with a command gets the same line, drawn for its raw terminal.
        try (Tmux t = new Tmux(sshCommand("alan", "ls", "-o", "BatchMode=yes", "-t"))) {
            t.await("backprop-tutor: this server runs the tutor only, not commands; " + howToConnect);
            t.awaitExit();
        }
        Ran sftp = ran(List.of("sftp", "-F", "/dev/null", "-P", String.valueOf(server.port()), "-i", key.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-b", "-", "alan@127.0.0.1"), null);
        assertNotEquals(0, sftp.exit(), sftp.output());
        assertTrue(sftp.output().toLowerCase().contains("subsystem request failed") || sftp.output().contains("Connection closed"), sftp.output());
        // scp in its old protocol (-O) asks to run "scp -t": refused like any command, nothing written anywhere.
        Path sent = state.resolve("sent.txt");
        Files.writeString(sent, "x");
        Ran scp = ran(List.of("scp", "-O", "-F", "/dev/null", "-P", String.valueOf(server.port()), "-i", key.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", sent.toString(),
                "alan@127.0.0.1:" + state.resolve("copied.txt")), null);
        assertEquals(1, scp.exit(), scp.output());
        assertTrue(scp.output().contains("backprop-tutor: this server runs the tutor only, not commands;"), scp.output());
        assertFalse(Files.exists(state.resolve("copied.txt")));
        Ran remote = ran(ssh("alan", "-o", "BatchMode=yes", "-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:9"), null);
        assertEquals(255, remote.exit(), remote.output());
        assertTrue(remote.output().contains("remote port forwarding failed"), remote.output());
        Ran noPty = ran(ssh("alan", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-T"), null);
        assertEquals(new Ran(1, "backprop-tutor: the tutor needs a terminal; " + howToConnect + " (or plain ssh from a "
                + "terminal)\n"), noPty);
        assertTrue(log().matches("(?s).* refused alan /127\\.0\\.0\\.1:\\d+ a shell without a terminal \\(ssh -T\\)\n.*"), log());
        List<String> dumb = new ArrayList<>(List.of("env", "TERM=dumb"));
        dumb.addAll(ssh("alan", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-tt"));
        Ran cannotDraw = ran(dumb, null);
        assertEquals(new Ran(1, "backprop-tutor: the tutor needs a terminal that can draw a full screen (TERM is dumb); try "
                + "again from an ordinary terminal window.\r\n"), cannotDraw);
        assertTrue(log().matches("(?s).* refused alan /127\\.0\\.0\\.1:\\d+ a terminal that cannot draw a full screen "
                + "\\(TERM is dumb\\)\n.*"), log());
        localForwardingIsRefused();
        noSessionLeft();
        eventually("no tutor thread left for alan", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("tutor-alan")));
    }

    /** ssh -L listens on the client's side; a connection through it must find the server refusing the channel. */
    private void localForwardingIsRefused() throws Exception {
        int local;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            local = free.getLocalPort();
        }
        Path said = state.resolve("forward.txt");
        Process fwd = new ProcessBuilder(ssh("alan", "-o", "BatchMode=yes", "-N", "-L", "127.0.0.1:" + local + ":127.0.0.1:"
                + server.port())).redirectErrorStream(true).redirectOutput(said.toFile()).start();
        try {
            Socket s = null;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (s == null && System.nanoTime() < end) {
                try {
                    s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", local), 1000);
                } catch (IOException notYet) {
                    s = null;
                    Tmux.sleep(50);
                }
            }
            assertTrue(s != null, "ssh -L listened");
            try (Socket through = s) {
                through.setSoTimeout(20_000);
                InputStream in = through.getInputStream();
                assertEquals(-1, in.read(), "closed at once, nothing forwarded (an SSH banner would come through if it were)");
            }
        } finally {
            fwd.destroy();
            fwd.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(Files.readString(said).contains("open failed"), Files.readString(said));
    }

    @Test
    void aClientThatVanishesRightAfterAnAnswerKeepsIt() throws Exception {
        List<String> cmd = new ArrayList<>(ssh("dee", "-o", "PreferredAuthentications=keyboard-interactive"));
        try (Tmux t = new Tmux(cmd)) {
            t.await("Code:");
            t.literally(codeOf("dee"));
            t.keys("Enter");
            t.await("1  One hidden neuron");
            t.keys("Enter", "Right");
            t.await("Your turn");
            t.literally("1.1");
            t.keys("Enter");
            t.await("Not yet.");
            t.literally("0.75");
            // the client is killed outright while the next answer is half typed
            assertTrue(ProcessHandle.of(t.pid()).orElseThrow().destroyForcibly(), "ssh killed (SIGKILL)");
        }
        noSessionLeft();
        Progress p = db.storeFor("dee").load().progress();
        assertEquals(1, p.lesson("tiny").item("fill:0:a:h").attempts(), "the answer given is kept");
        assertEquals(1, p.lesson("tiny").step(), "and the place");
        assertTrue(log().matches("(?s).* disconnect dee /127\\.0\\.0\\.1:\\d+ after 0 min\n.*"), log());
    }

    @Test
    void x11AndAgentForwardingAreRefused() throws Exception {
        List<String> cmd = new ArrayList<>(List.of("env", "DISPLAY=localhost:0", "SSH_AUTH_SOCK=" + state.resolve("no-agent.sock")));
        cmd.addAll(ssh("alan", "-Y", "-A", "-o", "BatchMode=yes"));
        try (Tmux t = new Tmux(cmd)) {
            t.await("1  One hidden neuron");
            t.keys("q");
            t.awaitExit();
            t.await("X11 forwarding request failed on channel 0");
        }
        // The agent request has no reply a client shows; the channel's answer to it is a refusal.
        assertEquals(org.apache.sshd.common.channel.RequestHandler.Result.ReplyFailure,
                new TutorChannel().handleAgentForwardingParsed("auth-agent-req@openssh.com"));
        noSessionLeft();
    }
}

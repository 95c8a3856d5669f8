package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.Tmux;

/**
 * ./tutor serve as its own process: Ctrl-C at its terminal (or SIGTERM) saves every session and tells each student,
 * and the server says what it did and exits 0, with a disconnect line for every login; what it writes in its state folder only its owner can read.
 */
class ServeProcessTest {
    @TempDir Path state;
    Path key;
    Path data;

    @BeforeEach
    void eveHasAKey() throws Exception {
        boolean tools = Tmux.present("tmux", "-V") && Tmux.present("ssh", "-V");
        if (System.getenv("CI") != null && !tools) fail("tmux or ssh is missing; .ci/run installs tmux and openssh-client");
        Assumptions.assumeTrue(tools, "tmux or ssh is not installed here (CI installs them and fails without them)");
        key = state.resolve("key");
        assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())));
        String pub = Files.readString(Path.of(key + ".pub")).trim();
        data = state.resolve("class");
        try (ClassDatabase db = ClassDatabase.open(data, Clock.systemUTC())) {
            db.enrol(Roster.parse("class.csv", List.of("eve,Eve")));
            db.recordKeys("eve", List.of(pub.substring(0, pub.lastIndexOf(' '))));
        }
    }

    List<String> serve(String... extra) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(), "tutor.Main", "serve", "--state", data.toString(),
                "--port", "0", "--bind", "127.0.0.1"));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    @Test
    void ctrlCAtItsTerminalSavesEverySessionTellsItsStudentAndSaysSo() throws Exception {
        Path roster = state.resolve("class.csv");
        Files.writeString(roster, "id,name,role\neve,Eve\nmiss,Ms Teacher,teacher\n");
        // In a shell that says how serve ended.
        StringBuilder line = new StringBuilder();
        for (String arg : serve("--roster", roster.toString())) line.append('\'').append(arg.replace("'", "'\\''")).append("' ");
        try (Tmux teacher = new Tmux(List.of("bash", "-c", line + "; echo \"exit=$?\""))) {
            String started = teacher.await("Ctrl-C or SIGTERM stops it");
            assertTrue(started.replaceAll("\\s+", " ").contains("Roster " + roster + ": 1 student and 1 teacher, 1 of them new."),
                    started); // wrapped on words at 80 columns
            Matcher port = Pattern.compile("classroom server on port (\\d+)\\.").matcher(started);
            assertTrue(port.find(), started);
            for (Path p : allIn(data)) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                assertTrue(mode.endsWith("------"), "only the owner may read " + data.relativize(p) + ": " + mode);
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("server.log"))));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("native"))));
            List<String> ssh = List.of("ssh", "-F", "/dev/null", "-p", port.group(1), "-i", key.toString(),
                    "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                    "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "eve@127.0.0.1");
            try (Tmux student = new Tmux(ssh)) {
                student.await("1  One hidden neuron");
                student.keys("2", "Enter");
                student.await("Step 1/11");
                student.keys("Right", "Right");
                student.await("Step 3/11");
                teacher.keys("C-c");
                student.await("backprop-tutor: the server is shutting down (your teacher stopped it). Your progress is saved;");
                student.awaitExit();
            }
            teacher.awaitExit();
            teacher.await("exit=");
            assertTrue(teacher.screen().contains("exit=0"), "a clean stop exits 0, not 130:\n" + teacher.screen());
            String after = teacher.screen();
            assertFalse(after.contains("Exception"), "no stack trace over the teacher's terminal:\n" + after);
            assertTrue(after.contains("every session is saved first.\n^C\nbackprop-tutor: stopped; 1 session saved and told; "
                    + "bye.\n"), "on a line of its own after the ^C:\n" + after);
        }
        try (ClassDatabase db = ClassDatabase.open(data, Clock.systemUTC())) {
            assertEquals(2, db.storeFor("eve").load().progress().lesson("six-weights").step());
        }
        String log = Files.readString(data.resolve("connections.log"));
        assertTrue(log.contains(" stop - - server stopped; 1 session(s) saved and told"), log);
        assertEquals(count(log, " login eve "), count(log, " disconnect eve "), "a disconnect for every login:\n" + log);
        assertTrue(log.indexOf(" disconnect eve ") < log.indexOf(" stop - - "), "the stop line last:\n" + log);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void sigtermEndsItWithTheSameWord() throws Exception {
        Process serve = new ProcessBuilder(serve()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            for (String line; (line = out.readLine()) != null; ) {
                said.add(line);
                if (line.startsWith("Ctrl-C or SIGTERM stops it")) break;
            }
            serve.toHandle().destroy(); // SIGTERM (Process.destroy would also close the output still to be read)
            for (String line; (line = out.readLine()) != null; ) said.add(line);
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "the server ended");
            assertEquals("backprop-tutor: stopped; 0 sessions saved and told; bye.", said.get(said.size() - 1), String.join("\n", said));
            assertEquals(0, serve.exitValue(), "a clean stop exits 0, not 143");
        } finally {
            serve.destroyForcibly();
        }
    }

    private static List<Path> allIn(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.toList();
        }
    }
}

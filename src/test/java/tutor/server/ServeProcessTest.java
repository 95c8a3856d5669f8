package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.Tmux;

/** ./tutor serve as its own process: SIGTERM saves every session and tells each student before the server ends. */
class ServeProcessTest {
    @TempDir Path state;

    @Test
    void sigtermSavesEverySessionAndTellsItsStudent() throws Exception {
        boolean tools = Tmux.present("tmux", "-V") && Tmux.present("ssh", "-V");
        if (System.getenv("CI") != null && !tools) fail("tmux or ssh is missing; .ci/run installs tmux and openssh-client");
        Assumptions.assumeTrue(tools, "tmux or ssh is not installed here (CI installs them and fails without them)");
        Path key = state.resolve("key");
        assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())));
        String pub = Files.readString(Path.of(key + ".pub")).trim();
        Path data = state.resolve("class");
        try (ClassDatabase db = ClassDatabase.open(data, Clock.systemUTC())) {
            db.enrol(Roster.parse("class.csv", List.of("eve,Eve")));
            db.recordKeys("eve", List.of(pub.substring(0, pub.lastIndexOf(' '))));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(), "tutor.Main", "serve", "--state", data.toString(),
                "--port", "0", "--bind", "127.0.0.1").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                if (line.startsWith("backprop-tutor classroom server on port ")) port = Integer.parseInt(line.replaceAll("\\D", ""));
            }
            assertTrue(port > 0, "the server said its port");
            List<String> ssh = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", String.valueOf(port), "-i", key.toString(),
                    "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                    "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "eve@127.0.0.1"));
            try (Tmux t = new Tmux(ssh)) {
                t.await("1  One hidden neuron");
                t.keys("2", "Enter");
                t.await("Step 1/11");
                t.keys("Right", "Right");
                t.await("Step 3/11");
                serve.destroy(); // SIGTERM
                t.await("backprop-tutor: the server is shutting down (your teacher stopped it). Your progress is saved;");
                t.awaitExit();
            }
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "the server ended");
        } finally {
            serve.destroyForcibly();
        }
        try (ClassDatabase db = ClassDatabase.open(data, Clock.systemUTC())) {
            assertEquals(2, db.storeFor("eve").load().progress().lesson("six-weights").step());
        }
        String log = Files.readString(data.resolve("connections.log"));
        assertTrue(log.contains(" stop - - server stopped; 1 session(s) saved and told"), log);
    }
}

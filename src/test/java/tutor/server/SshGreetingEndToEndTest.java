package tutor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.Tmux;
import tutor.tui.MenuEntry;

/**
 * Through the real OpenSSH client at 80×24: the first screen greets the student by name, and a student with a
 * practice sheet (ten menu entries, seven of which fit) scrolls the menu to the last one and opens it. The login is
 * what the gradebook's "never logged in" is told from.
 */
class SshGreetingEndToEndTest {

    @Test
    void theFirstScreenSaysWhoIsLoggedInAndTheMenuScrolls() throws Exception {
        boolean tools = Tmux.present("tmux", "-V") && Tmux.present("ssh", "-V");
        if (System.getenv("CI") != null && !tools) fail("tmux or ssh is missing; .ci/run installs tmux and openssh-client");
        Assumptions.assumeTrue(tools, "tmux or ssh is not installed here (CI installs them and fails without them)");
        Path state = Files.createTempDirectory("tutor-greeting");
        TutorServer server = null;
        try {
            ServerLog.configure(state);
            Path key = state.resolve("id_ed25519");
            assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key.toString())));
            ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC());
            db.enrol(Roster.parse("class.csv", List.of("id,name", "gil,Gil Scott", "hal,Hal Never")));
            String pub = Files.readString(Path.of(key + ".pub")).trim();
            db.recordKeys("gil", List.of(pub.substring(0, pub.lastIndexOf(' '))));
            db.setSeed("gil", 4242);
            List<MenuEntry> lessons = new ArrayList<>();
            for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
            server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons, Clock.systemUTC()), db);
            List<String> ssh = new ArrayList<>(List.of("env", "LANG=C.UTF-8", "ssh", "-F", "/dev/null", "-p",
                    String.valueOf(server.port()), "-i", key.toString(), "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                    "-o", "SendEnv=LANG", "gil@127.0.0.1"));
            try (Tmux t = new Tmux(ssh)) {
                String first = t.await("Hello, Gil Scott: you are logged in as gil.");
                assertTrue(first.contains("▶  1  One hidden neuron"), first);
                assertTrue(first.contains("↓ 3 more below"), first);
                assertFalse(first.contains("practice seed 4242)\n"), "the sheets are below, out of view:\n" + first);
                t.keys("End");
                String end = t.await("▶ 10  ReLU hidden layer");
                assertTrue(end.contains("↑ 3 more above"), end);
                assertFalse(end.contains("more below"), end);
                assertTrue(end.contains("(practice seed 4242)"), end);
                assertFalse(end.contains(" 1  One hidden neuron"), "the top has scrolled away:\n" + end);
                t.keys("Enter");
                t.await("practice seed 4242");
                t.await("Step 1/12");
                t.keys("q");
                t.awaitExit();
            }
            assertTrue(db.lastLogins().containsKey("gil"), "the login is noted");
            assertFalse(db.lastLogins().containsKey("hal"), "hal never logged in");
        } finally {
            if (server != null) server.shutdown("test over");
            try (var files = Files.walk(state)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}

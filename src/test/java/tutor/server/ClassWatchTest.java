package tutor.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.sqlite.ClassDatabase;
import tutor.testing.AnsiScreen;
import tutor.testing.Tmux;
import tutor.tui.MenuEntry;

/** ./tutor class watch at the console, in tmux, follows a student answering through the server. */
class ClassWatchTest {
    @TempDir Path state;

    @Test
    void classWatchFollowsAnswersMadeThroughTheServer() throws Exception {
        boolean tmux = Tmux.present("tmux", "-V");
        if (System.getenv("CI") != null) assertTrue(tmux, "tmux is installed under CI");
        assumeTrue(tmux, "tmux is not installed");
        ServerLog.configure(state);
        ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC());
        db.enrol(Roster.parse("class.csv", List.of("ivy,Ivy Ives", "nat,Nat Never")));
        KeyPair key = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        db.recordKeys("ivy", List.of(Logins.openSsh(key.getPublic())));
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        TutorServer server = TutorServer.start(new TutorServer.Config(state, "127.0.0.1", 0, Duration.ofHours(4), lessons,
                Clock.systemUTC()), db);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
        try (Tmux watch = new Tmux(List.of("env", "TERM=xterm-256color", "LANG=C.UTF-8", System.getProperty("java.home") + "/bin/java",
                "-cp", System.getProperty("java.class.path"), "-Dtutor.lessons=" + Path.of("lessons").toAbsolutePath(),
                "tutor.Main", "class", "watch", "--state", state.toString()))) {
            watch.await("Class · 2 students · 0 online");
            assertTrue(watch.screen().contains("never logged in"), watch.screen());
            ClientSession session = client.connect("ivy", "127.0.0.1", server.port()).verify(Duration.ofSeconds(20)).getSession();
            session.addPublicKeyIdentity(key);
            session.auth().verify(Duration.ofSeconds(20));
            ChannelShell shell = session.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            AnsiScreen screen = new AnsiScreen(80, 24);
            shell.setOut(screen);
            shell.open().verify(Duration.ofSeconds(20));
            screen.await("Lessons");
            watch.await("1 online");
            for (String keys : List.of("1\r", "l")) {
                shell.getInvertedIn().write(keys.getBytes(StandardCharsets.UTF_8));
                shell.getInvertedIn().flush();
            }
            screen.await("What does the hidden neuron output?");
            for (int i = 0; i < 3; i++) {
                shell.getInvertedIn().write("9\r".getBytes(StandardCharsets.UTF_8));
                shell.getInvertedIn().flush();
            }
            String seen = watch.await("Ivy Ives (ivy) needs you: 3 wrong tries.");
            assertTrue(seen.contains("1 needs you"), seen);
            watch.keys("m");
            watch.await("To the class:");
            watch.literally("hi");
            watch.keys("Enter");
            watch.await("This console view only watches");
            watch.keys("q");
            watch.awaitExit();
        } finally {
            client.stop();
            server.shutdown("test over");
        }
    }
}

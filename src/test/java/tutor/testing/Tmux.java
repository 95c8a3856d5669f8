package tutor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A private tmux server with one 80x24 window running a command; polled, never slept on; killed on close. */
public final class Tmux implements AutoCloseable {
    public final String server = "bt" + ProcessHandle.current().pid() + "x" + System.nanoTime();

    public Tmux(List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null", "start-server", ";",
                "set-option", "-g", "remain-on-exit", "on", ";", "new-session", "-d", "-x", "80", "-y", "24", "-s", "t"));
        cmd.addAll(command);
        assertEquals(0, run(cmd), "tmux started");
    }

    /** Fails (under CI) or reports absent when a tool is not installed. */
    public static boolean present(String... versionCommand) {
        return run(List.of(versionCommand)) == 0;
    }

    public void keys(String... keys) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server, "send-keys", "-t", "t"));
        cmd.addAll(List.of(keys));
        assertEquals(0, run(cmd));
    }

    public void literally(String text) {
        assertEquals(0, run(List.of("tmux", "-L", server, "send-keys", "-t", "t", "-l", text)));
    }

    public void resize(int w, int h) {
        assertEquals(0, run(List.of("tmux", "-L", server, "resize-window", "-t", "t", "-x", String.valueOf(w), "-y", String.valueOf(h))));
    }

    public String screen() {
        return output(List.of("tmux", "-L", server, "capture-pane", "-p", "-J", "-S", "-50", "-t", "t"));
    }

    public String await(String text) {
        return await("\"" + text + "\"", s -> s.replaceAll("\\s+", " ").contains(text.replaceAll("\\s+", " ")));
    }

    public String await(String what, Predicate<String> condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String s = "";
        while (System.nanoTime() < end) {
            s = screen();
            if (condition.test(s)) return s;
            sleep(50);
        }
        fail("never saw " + what + " on screen:\n" + s);
        return s;
    }

    public boolean dead() {
        return output(List.of("tmux", "-L", server, "display-message", "-p", "-t", "t", "#{pane_dead}")).trim().equals("1");
    }

    public int pid() {
        return Integer.parseInt(output(List.of("tmux", "-L", server, "display-message", "-p", "-t", "t", "#{pane_pid}")).trim());
    }

    public void awaitExit() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end && !dead()) sleep(50);
        if (!dead()) fail("the program should have ended:\n" + screen());
    }

    @Override public void close() {
        run(List.of("tmux", "-L", server, "kill-server"));
    }

    public static int run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static String output(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

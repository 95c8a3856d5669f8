// The classroom server's budgets, driven by MINA's own SSH client: run by bench/serve, never by the tests.
//   java -cp "target/server-lib/*" bench/ServerLoad.java PORT CODES.csv SECONDS
// Connects every student on CODES.csv (id,name,code) with a pty of 80x24, measures each first full frame from
// the end of authentication, waits while the server is idle (bench/serve reads its CPU and memory then), then has
// every student press a key a second, walking a lesson, and measures key-to-frame. A frame ends where Lanterna's
// refresh ends: it hides the cursor (ESC [ ? 2 5 l) last.
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;

public class ServerLoad {
    static final byte[] FRAME_END = "\u001b[?25l".getBytes(StandardCharsets.US_ASCII);

    /** One student's connection: keys out, and the time each frame's end came back. */
    static final class Student extends OutputStream {
        final String id;
        ClientSession session;
        ChannelShell shell;
        OutputStream keys;
        private int matched;
        private long frames;
        private volatile long sentAt;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long firstFrameMs = -1;
        private long authAt;
        final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        Student(String id) {
            this.id = id;
        }

        @Override public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override public synchronized void write(byte[] b, int off, int len) {
            if (seen.size() < 200_000) seen.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                matched = b[i] == FRAME_END[matched] ? matched + 1 : (b[i] == FRAME_END[0] ? 1 : 0);
                if (matched == FRAME_END.length) {
                    matched = 0;
                    frame();
                }
            }
        }

        private void frame() {
            long now = System.nanoTime();
            if (frames++ == 0) firstFrameMs = (now - authAt) / 1_000_000;
            long s = sentAt;
            if (s != 0) {
                latencies.add(now - s);
                sentAt = 0;
            }
            notifyAll();
        }

        synchronized void awaitFrames(long n, long ms) throws InterruptedException {
            long end = System.currentTimeMillis() + ms;
            while (frames < n && System.currentTimeMillis() < end) wait(50);
            if (frames < n) throw new IllegalStateException(id + ": no frame; saw " + seen.toString(StandardCharsets.UTF_8));
        }

        synchronized long frames() {
            return frames;
        }

        void press(String key) throws Exception {
            sentAt = System.nanoTime();
            keys.write(key.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        void connect(SshClient client, int port, String code) throws Exception {
            session = client.connect(id, "127.0.0.1", port).verify(Duration.ofSeconds(30)).getSession();
            session.addPasswordIdentity(code);
            session.auth().verify(Duration.ofSeconds(60));
            authAt = System.nanoTime();
            shell = session.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            shell.setOut(this);
            shell.setErr(this);
            shell.open().verify(Duration.ofSeconds(30));
            keys = shell.getInvertedIn();
            awaitFrames(1, 30_000);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int seconds = Integer.parseInt(args[2]);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true); // as OpenSSH does for a session
        client.start();
        // The first line is a warm-up student: the client's own JVM loads its classes on the first connection,
        // which is no part of the server's time (a student's ssh is a native program).
        String[] w = lines.get(1).split(",");
        Student warmup = new Student(w[0]);
        warmup.connect(client, port, w[w.length - 1]);
        System.out.println("warm-up session (the bench client's JVM cold): first frame " + warmup.firstFrameMs + " ms");
        warmup.press("q");
        warmup.shell.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), 10_000);
        warmup.session.close(false);
        List<Student> students = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(",");
            Student s = new Student(f[0]);
            s.connect(client, port, f[f.length - 1]);
            students.add(s);
        }
        List<Long> first = new ArrayList<>();
        for (Student s : students) first.add(s.firstFrameMs);
        System.out.println("first frames in order of connection (ms): " + first);
        Collections.sort(first);
        System.out.printf("first frame after authentication: median %d ms, max %d ms over %d sessions (budget 100 ms)%n",
                first.get(first.size() / 2), first.get(first.size() - 1), first.size());
        System.out.println("connected " + students.size());
        System.out.flush();
        // bench/serve measures the idle server now, then tells us to go on
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();

        // Load: every student presses a key a second, at their own offset; a lesson opened, then back and forth.
        for (Student s : students) {
            s.press("1");
            s.awaitFrames(2, 10_000);
            s.press("\r");
            s.awaitFrames(3, 10_000);
            s.latencies.clear();
        }
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime();
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            long offset = 1000L * i / students.size();
            int[] n = {0};
            clock.scheduleAtFixedRate(() -> {
                try {
                    // five steps forward, five back: every key changes the screen
                    s.press((n[0]++ / 5) % 2 == 0 ? "\u001b[C" : "\u001b[D");
                } catch (Exception e) {
                    System.err.println(s.id + ": " + e);
                }
            }, offset, 1000, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        clock.shutdownNow();
        Thread.sleep(1000);
        List<Long> all = new ArrayList<>();
        for (Student s : students) all.addAll(s.latencies);
        Collections.sort(all);
        double p50 = all.get(all.size() / 2) / 1e6;
        double p99 = all.get((int) (all.size() * 0.99)) / 1e6;
        double max = all.get(all.size() - 1) / 1e6;
        System.out.printf("key to frame: %d keys from %d students over %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (budget p99 20 ms)%n",
                all.size(), students.size(), (System.nanoTime() - start) / 1_000_000_000L, p50, p99, max);
        for (Student s : students) {
            s.press("q");
        }
        for (Student s : students) s.shell.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), 10_000);
        for (Student s : students) s.session.close(false);
        client.stop();
        System.out.println("done");
    }
}

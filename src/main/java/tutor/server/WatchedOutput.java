package tutor.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A session's output, timed: how long the write now under way has waited. A client that stops reading lets the SSH
 * window fill, and MINA then waits for ever in write; the server's sweep closes a session stalled this way.
 */
final class WatchedOutput extends FilterOutputStream {
    private volatile long since; // System.nanoTime() when the write under way began; 0 when none is

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override public void write(int b) throws IOException {
        since = System.nanoTime();
        try {
            out.write(b);
        } finally {
            since = 0;
        }
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
        since = System.nanoTime();
        try {
            out.write(b, off, len);
        } finally {
            since = 0;
        }
    }

    @Override public void flush() throws IOException {
        since = System.nanoTime();
        try {
            out.flush();
        } finally {
            since = 0;
        }
    }

    /** How long the write under way has waited, in nanoseconds; 0 when nothing is being written. */
    long stalledNanos() {
        long s = since;
        return s == 0 ? 0 : Math.max(1, System.nanoTime() - s);
    }
}

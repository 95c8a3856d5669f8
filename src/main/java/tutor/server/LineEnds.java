package tutor.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An SSH channel has no line discipline: Enter arrives as a bare CR (or CR LF, or CR NUL, as telnet-minded clients
 * send it). Lanterna knows only LF or CR NUL, and a lone CR makes it swallow the next key (an Up arrow became '['
 * and 'A'). Each of the three becomes one LF, whether or not its second byte comes in the same packet.
 */
final class LineEnds extends FilterInputStream {
    private boolean afterCr;
    private volatile long lastInput = System.nanoTime();

    LineEnds(InputStream in) {
        super(in);
    }

    @Override public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (true) {
            int n = super.read(b, off, len);
            if (n <= 0) return n;
            lastInput = System.nanoTime();
            int w = off;
            for (int r = off; r < off + n; r++) {
                byte c = b[r];
                if (afterCr && (c == '\n' || c == 0)) {
                    afterCr = false;
                    continue; // the second half of CR LF or CR NUL: the LF was given already
                }
                afterCr = c == '\r';
                b[w++] = c == '\r' ? (byte) '\n' : c;
            }
            if (w > off) return w - off;
            // everything read was the rest of a line end: read again rather than report 0 bytes
        }
    }

    /** When the last bytes arrived (System.nanoTime). */
    long lastInput() {
        return lastInput;
    }

    @Override public long skip(long n) throws IOException {
        return 0;
    }

    @Override public boolean markSupported() {
        return false;
    }
}

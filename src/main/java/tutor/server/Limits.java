package tutor.server;

import java.time.Duration;

/**
 * What one client, one student and all of them together may cost the server. Sessions are bounded in number (per
 * student and in all) and in size (a window larger than maxColumns x maxRows is drawn at that size); connections that
 * have not logged in yet are bounded per server and per address, and each has authTimeout to log in.
 */
public record Limits(int sessionsPerStudent, int maxSessions, int maxColumns, int maxRows, int unauthenticated,
                     int unauthenticatedPerAddress, Duration authTimeout) {
    public static final int SESSIONS_PER_STUDENT = 3;
    public static final int MAX_COLUMNS = 300;
    public static final int MAX_ROWS = 100;
    /** Heap the server needs with nobody connected (lessons, the SSH library, SQLite, the JIT's warm-up) and to spare. */
    static final long BASE_HEAP = 72L << 20;
    /**
     * The most one session can hold on the heap: a 300x100 screen drawn twice, its buffers and the channel's window.
     * Measured by the attack suite (SessionFloodAttackTest): 757 KiB with the client's end and two spare connections.
     */
    public static final long SESSION_HEAP = 768L << 10;
    /** What a connection that has not logged in can hold (MINA's buffers, a key exchange, one packet of 256 KiB). */
    static final long STRANGER_HEAP = 320L << 10;

    public Limits {
        if (sessionsPerStudent < 1 || maxSessions < 1 || maxColumns < 80 || maxRows < 24 || unauthenticated < 1
                || unauthenticatedPerAddress < 1 || authTimeout.isNegative() || authTimeout.isZero()) {
            throw new IllegalArgumentException("limits out of range: " + this);
        }
    }

    /** The defaults for this JVM's heap (-Xmx). */
    public static Limits defaults() {
        return new Limits(SESSIONS_PER_STUDENT, sessionsFor(Runtime.getRuntime().maxMemory()), MAX_COLUMNS, MAX_ROWS, 100, 80,
                Duration.ofMinutes(2));
    }

    /** Sessions whose worst case fits a heap of maxHeap bytes, after the base and a full room of strangers. */
    public static int sessionsFor(long maxHeap) {
        long room = maxHeap - BASE_HEAP - 100 * STRANGER_HEAP;
        return (int) Math.max(1, Math.min(2000, room / SESSION_HEAP));
    }

    /** The heap (bytes) that these limits can take at most, with the base: what the server promises to stay within. */
    public long heapBudget() {
        return BASE_HEAP + (long) maxSessions * SESSION_HEAP + (long) unauthenticated * STRANGER_HEAP;
    }

    public Limits withSessions(int perStudent, int max) {
        return new Limits(perStudent, max, maxColumns, maxRows, unauthenticated, unauthenticatedPerAddress, authTimeout);
    }

    public Limits withStrangers(int all, int perAddress, Duration timeout) {
        return new Limits(sessionsPerStudent, maxSessions, maxColumns, maxRows, all, perAddress, timeout);
    }
}

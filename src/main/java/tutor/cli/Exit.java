package tutor.cli;

/**
 * Exit codes, after sysexits: 0 ok, 1 a check or answer failed, 2 usage, 65 bad lesson, 66 no terminal, 70 internal.
 * The launcher adds 69 (no Java 17 or Maven) and 77 (refused to build or run a copy that is not safely the user's).
 */
public final class Exit {
    private Exit() {}

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_LESSON = 65;
    public static final int NO_TERMINAL = 66;
    public static final int INTERNAL = 70;
}

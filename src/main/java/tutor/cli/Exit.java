package tutor.cli;

/** Exit codes, after sysexits: 0 ok, 1 a check or answer failed, 2 usage, 65 bad lesson, 70 internal. */
public final class Exit {
    private Exit() {}

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_LESSON = 65;
    public static final int NO_TERMINAL = 66;
    public static final int INTERNAL = 70;
}

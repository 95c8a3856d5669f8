package tutor.cli;

import java.io.PrintStream;

/** ./tutor with no command: the full-screen tutor. */
final class TuiCommand {
    private TuiCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--ascii", "--no-color");
        err.println("tutor: the full-screen tutor is not built yet; try ./tutor print tiny");
        return Exit.USAGE;
    }
}

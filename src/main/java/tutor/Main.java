package tutor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import tutor.cli.Args;
import tutor.cli.Commands;
import tutor.cli.Exit;

/** args → command → exit code. A learner never sees a stack trace: unexpected errors go to a log file. */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(argv, out, err));
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        try {
            return Commands.dispatch(Args.parse(argv), out, err);
        } catch (Args.UsageException e) {
            tutor.tui.LauncherTty.restoreIfUnclaimed();
            err.println("tutor: " + e.getMessage());
            err.println("Try ./tutor --help");
            return Exit.USAGE;
        } catch (Exception | Error e) {
            tutor.tui.LauncherTty.restoreIfUnclaimed();
            String log = Crash.log(e);
            err.println("tutor: something went wrong inside the tutor (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Details are in " + log + "; nothing you typed was lost.");
            return Exit.INTERNAL;
        }
    }
}

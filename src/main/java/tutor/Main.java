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
        PrintStream wrappedErr = tutor.cli.WrappedLines.around(err); // messages fit 80 columns, wrapped on words
        PrintStream wrappedOut = out;
        try {
            Args args = Args.parse(argv);
            if (!Commands.writesData(args)) wrappedOut = tutor.cli.WrappedLines.around(out);
            return run(args, wrappedOut, wrappedErr);
        } catch (Args.UsageException e) {
            return usage(e, wrappedErr);
        } finally {
            wrappedOut.flush(); // a last line without its newline is still said
            wrappedErr.flush();
        }
    }

    private static int run(Args args, PrintStream out, PrintStream err) {
        try {
            return Commands.dispatch(args, out, err);
        } catch (Args.UsageException e) {
            return usage(e, err);
        } catch (Exception | Error e) {
            tutor.tui.LauncherTty.restoreIfUnclaimed();
            String log = Crash.log(e);
            err.println("tutor: something went wrong inside the tutor (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Details are in " + log + "; nothing you typed was lost.");
            return Exit.INTERNAL;
        }
    }

    private static int usage(Args.UsageException e, PrintStream err) {
        tutor.tui.LauncherTty.restoreIfUnclaimed();
        err.println("tutor: " + e.getMessage());
        err.println("Try ./tutor --help");
        return Exit.USAGE;
    }
}

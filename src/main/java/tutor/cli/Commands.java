package tutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/** The command words and the help text. */
public final class Commands {
    private Commands() {}

    static final String HELP = """
            backprop-tutor: learn backpropagation by working a tiny network by hand.

            Usage:
              ./tutor                      open the tutor (full screen, keyboard only)
              ./tutor --practice LESSON    the lesson on fresh numbers [--seed N]
              ./tutor --screen-reader      the lessons as lines at a prompt, for screen
                    readers (also ACCESSIBLE=1 or TUTOR_SCREEN_READER=1, or v in the menu)
              ./tutor list                 every lesson: its id, network and title
              ./tutor print LESSON         print the worked solution as a plain-text handout
                    [--ascii] [--paper N | --exact] [--seed N: a practice sheet]
                    [--blank: the student's sheet, answers left blank | --key: the answers]
              ./tutor sheet LESSON         exam sheets on practice numbers, with answer keys
                    [--seeds 1-30 | --roster class.csv [--state DIR] | --forms N]
                    [--format md|tex|txt] [--out DIR] [--booklet: sheets, then keys]
              ./tutor trace LESSON         every traced quantity of the lesson's example
                    [--json] [--ascii] [--example N] [--paper N]
              ./tutor check [PATH...]      check lesson files (default: all in lessons/)
              ./tutor export LESSON --numpy   the step as a NumPy script [--seed N]
              ./tutor progress             every lesson's score and completion [--csv]
              ./tutor progress --reset [LESSON] [--yes]   start over (asks first)

            The classroom (see the README's "The classroom server"):
              ./tutor serve                the classroom server: the tutor over ssh
                    [--port 2222] [--roster class.csv] [--bind ADDR] [--idle-hours N]
                    [--sessions-per-student N (3)] [--max-sessions N (what the heap holds)]
                    [--stuck-tries N (3)] [--stuck-minutes N (10)] [--stuck-reveals N (2)]
              ./tutor class codes --roster class.csv [ID...]   one-time login codes
              ./tutor class sheets --roster class.csv   a practice seed for each student
              ./tutor class report         the gradebook: a row per student, a column per
                    lesson [--csv] [--long] [--format canvas | --format moodle]
                    [--questions: each question across the class, its slips]
              ./tutor class watch          the teacher's class view, at this console
              ./tutor class backup FILE    a consistent copy of the class database
                    serve and class take the same --state DIR (default
                    ~/.local/state/backprop-tutor/server); only serve, and codes or
                    sheets with --roster, start a new class there
              ./tutor --help | --version

            LESSON is a lesson id (./tutor list shows them) or a path to a lesson file.
            Options for the tutor: --ascii (plain ASCII glyphs), --no-color (or NO_COLOR=1).
            Output is plain ASCII with --ascii or when the locale is not UTF-8 (LANG=C).
            Exit codes: 0 ok, 1 a check failed, 2 usage (also: no class database in the
              --state DIR), 65 bad lesson, 66 no terminal, 69 no Java 17 or no Maven to
              build with (./tutor), 70 internal error, 77 refused (./tutor): a shared copy
              that is not yours to build, or that another user could change.
            """;

    /** Whether the command writes data (CSV, JSON) rather than text: data lines are never wrapped. */
    public static boolean writesData(Args args) {
        List<String> words = args.positional();
        boolean classCsv = words.size() > 1 && words.get(0).equals("class") && List.of("codes", "sheets").contains(words.get(1));
        boolean script = !words.isEmpty() && words.get(0).equals("export"); // a program: a wrapped line would break it
        return args.has("--csv") || args.has("--json") || args.value("--format") != null || classCsv || script;
    }

    public static int dispatch(Args args, PrintStream out, PrintStream err) throws Exception {
        return dispatchWithInput(args, out, err, System.in);
    }

    /** As dispatch, reading confirmations from the given input. */
    static int dispatchWithInput(Args args, PrintStream out, PrintStream err, java.io.InputStream in) throws Exception {
        if (args.has("--help")) {
            out.print(HELP);
            return Exit.OK;
        }
        if (args.has("--version")) {
            out.println("backprop-tutor " + version());
            return Exit.OK;
        }
        if (args.has("--warmup")) return Warmup.run();
        String command = args.positional().isEmpty() ? "" : args.positional().get(0);
        return switch (command) {
            case "trace" -> TraceCommand.run(args, out, err);
            case "print" -> PrintCommand.run(args, out, err);
            case "sheet" -> SheetCommand.run(args, out, err);
            case "check" -> CheckCommand.run(args, out, err);
            case "export" -> ExportCommand.run(args, out, err);
            case "list" -> ListCommand.run(args, out, err);
            case "progress" -> ProgressCommand.run(args, out, err, in);
            case "serve" -> {
                ServerLibraries.require();
                yield ServeCommand.run(args, out, err);
            }
            case "class" -> {
                ServerLibraries.require();
                yield ClassCommand.run(args, out, err);
            }
            case "" -> TuiCommand.run(args, out, err);
            default -> throw new Args.UsageException("unknown command \"" + command + "\"");
        };
    }

    static String version() {
        try (InputStream in = Commands.class.getResourceAsStream("/tutor/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

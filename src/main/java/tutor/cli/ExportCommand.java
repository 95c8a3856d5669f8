package tutor.cli;

import java.io.PrintStream;
import java.util.List;
import tutor.engine.Ascii;
import tutor.lab.NumpyScript;
import tutor.lesson.Lesson;

/**
 * ./tutor export LESSON [--seed N] [--example N] --numpy: the lesson's training step as a NumPy script on stdout,
 * printing the numbers `./tutor trace LESSON --json` gives, in exact float64.
 */
final class ExportCommand {
    private ExportCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--numpy", "--seed", "--example");
        if (!args.has("--numpy")) throw new Args.UsageException("say which script: --numpy (the one format there is)");
        LessonArg.Found found = LessonArg.resolve(args, err);
        if (found.lesson() == null) return found.exit();
        Lesson lesson = found.lesson();
        String seed = "";
        if (args.value("--seed") != null) {
            int n = args.intValue("--seed", 0, Integer.MAX_VALUE, 0);
            try {
                lesson = tutor.quiz.Practice.of(lesson, n);
            } catch (tutor.quiz.Practice.NoSheet e) {
                err.println("tutor: " + e.getMessage());
                return Exit.BAD_LESSON;
            }
            seed = ", practice seed " + n;
        }
        int example = args.intValue("--example", 0, lesson.examples().size() - 1, 0);
        out.print(script(lesson, example, seed));
        return Exit.OK;
    }

    static String script(Lesson lesson, int example, String seed) {
        String file = lesson.id() + ".py";
        List<String> header = List.of(
                Ascii.transliterate(lesson.title()),
                "Lesson " + lesson.id() + seed + ", network " + lesson.network().shape() + ", example \""
                        + Ascii.transliterate(lesson.examples().get(example).name()) + "\"",
                "Run it: python3 " + file + " (NumPy needed); ./tutor trace " + lesson.id() + " --json has the same numbers.");
        return NumpyScript.write(lesson.network(), lesson.parameters(), lesson.examples().get(example), lesson.notation(true), header);
    }
}

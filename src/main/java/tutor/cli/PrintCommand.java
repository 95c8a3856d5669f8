package tutor.cli;

import java.io.PrintStream;
import tutor.engine.Precision;
import tutor.lesson.Lesson;
import tutor.render.Handout;

/**
 * ./tutor print LESSON [--ascii] [--paper N | --exact] [--seed N] [--blank | --key]: the worked solution as a
 * plain-text handout, the student's sheet, or its answer key. ASCII when asked or when the locale is not UTF-8.
 */
final class PrintCommand {
    private PrintCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--ascii", "--paper", "--exact", "--seed", "--blank", "--key");
        if (args.has("--blank") && args.has("--key")) throw new Args.UsageException("--blank and --key are two different sheets; ask for one");
        if (args.has("--paper") && args.has("--exact")) throw new Args.UsageException("--paper and --exact contradict each other; ask for one");
        LessonArg.Found found = LessonArg.resolve(args, err);
        if (found.lesson() == null) return found.exit();
        Lesson lesson = found.lesson();
        if (args.value("--seed") != null) {
            try {
                lesson = tutor.quiz.Practice.of(lesson, args.intValue("--seed", 0, Integer.MAX_VALUE, 0));
            } catch (tutor.quiz.Practice.NoSheet e) {
                err.println("tutor: " + e.getMessage());
                return Exit.BAD_LESSON;
            }
        }
        Precision p = lesson.precision();
        if (args.value("--paper") != null) p = Precision.paper(args.intValue("--paper", 0, 12, 4));
        if (args.has("--exact")) p = Precision.EXACT;
        Handout.Kind kind = args.has("--blank") ? Handout.Kind.BLANK : args.has("--key") ? Handout.Kind.KEY : Handout.Kind.WORKED;
        out.print(Handout.print(lesson, AsciiOutput.wanted(args), p, kind));
        return Exit.OK;
    }
}

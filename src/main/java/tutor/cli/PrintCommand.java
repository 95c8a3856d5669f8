package tutor.cli;

import java.io.PrintStream;
import tutor.engine.Precision;
import tutor.lesson.Lesson;
import tutor.render.Handout;

/** ./tutor print LESSON [--ascii] [--paper N]: the worked solution as a plain-text handout. */
final class PrintCommand {
    private PrintCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--ascii", "--paper", "--exact", "--seed");
        LessonArg.Found found = LessonArg.resolve(args, err);
        if (found.lesson() == null) return found.exit();
        Lesson lesson = found.lesson();
        if (args.value("--seed") != null) lesson = tutor.quiz.Practice.of(lesson, args.intValue("--seed", 0, Integer.MAX_VALUE, 0));
        Precision p = lesson.precision();
        if (args.value("--paper") != null) p = Precision.paper(args.intValue("--paper", 0, 12, 4));
        if (args.has("--exact")) p = Precision.EXACT;
        out.print(Handout.print(lesson, args.has("--ascii"), p));
        return Exit.OK;
    }
}

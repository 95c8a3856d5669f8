package tutor.cli;

import java.io.IOException;
import java.io.PrintStream;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.lesson.Problem;

/** Resolves the LESSON argument of a command to a lesson, or prints why it can't and gives the exit code. */
final class LessonArg {
    private LessonArg() {}

    record Found(Lesson lesson, int exit) {}

    static Found resolve(Args args, PrintStream err) throws Args.UsageException, IOException {
        if (args.positional().size() < 2) throw new Args.UsageException("name a lesson: a file or one of "
                + String.join(", ", Catalog.ids(Catalog.folder())));
        String name = args.positional().get(1);
        LessonLoader.Loaded loaded = Catalog.find(name, Catalog.folder());
        if (loaded == null) {
            err.println("tutor: no lesson \"" + name + "\"; lessons: " + String.join(", ", Catalog.ids(Catalog.folder())));
            return new Found(null, Exit.USAGE);
        }
        if (!loaded.ok()) {
            for (Problem p : loaded.problems()) err.println(p);
            return new Found(null, Exit.BAD_LESSON);
        }
        return new Found(loaded.lesson(), Exit.OK);
    }
}

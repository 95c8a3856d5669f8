package tutor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.lesson.Problem;

/**
 * ./tutor check [PATH…]: one line per problem in each lesson (file:line:column, anything unprintable escaped),
 * including practice rules no sheet can meet; non-zero exit when anything is wrong.
 */
final class CheckCommand {
    private CheckCommand() {}

    /** Problems shown per file: a file with thousands (a wrong file altogether) would bury the first, which matter. */
    static final int SHOWN = 100;

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow();
        List<Path> files = new ArrayList<>();
        List<String> named = args.positional().subList(1, args.positional().size());
        if (named.isEmpty()) {
            Path folder = Catalog.folder();
            if (!Files.isDirectory(folder)) {
                err.println("tutor: no lessons folder at " + folder.toAbsolutePath());
                return Exit.USAGE;
            }
            files.addAll(Catalog.files(folder));
        } else {
            for (String name : named) {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) files.addAll(Catalog.files(p));
                else files.add(p);
            }
        }
        int bad = 0;
        int problems = 0;
        for (Path f : files) {
            LessonLoader.Loaded loaded = LessonLoader.load(f);
            List<Problem> found = loaded.problems();
            if (loaded.ok()) {
                Problem draws = PracticeDraws.check(f, loaded.lesson());
                if (draws == null) continue;
                found = List.of(draws);
            }
            bad++;
            List<Problem> sorted = found.stream().sorted().toList();
            for (Problem p : sorted.subList(0, Math.min(sorted.size(), SHOWN))) out.println(p);
            if (sorted.size() > SHOWN) {
                out.println(Problem.escaped(f.toString()) + ": and " + (sorted.size() - SHOWN) + " more problems; fix these and check again");
            }
            problems += sorted.size();
        }
        String summary = files.size() + " lesson" + (files.size() == 1 ? "" : "s") + " checked, "
                + (bad == 0 ? "all good" : bad + " with " + problems + " problem" + (problems == 1 ? "" : "s"));
        (bad == 0 ? out : err).println(summary);
        return bad == 0 ? Exit.OK : Exit.FAILED;
    }
}

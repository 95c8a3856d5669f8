package tutor.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import tutor.engine.Precision;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.render.Handout;

/**
 * --warmup (used by the launcher only): does what a session does, with no terminal, so that the
 * class-data archive recorded meanwhile holds the classes a real session loads.
 */
final class Warmup {
    private Warmup() {}

    static int run() throws Exception {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) {
            if (l.ok()) sink.print(Handout.print(l.lesson(), false, Precision.EXACT));
        }
        WarmupScreens.run();
        java.nio.file.Path state = java.nio.file.Files.createTempDirectory("tutor-warmup");
        tutor.progress.ProgressStore store = new tutor.progress.ProgressStore(state);
        store.save(tutor.progress.Progress.empty().with("warmup", tutor.progress.Progress.LessonProgress.NEW.atStep(1)));
        store.load();
        try (var files = java.nio.file.Files.list(state)) {
            for (java.nio.file.Path f : files.toList()) java.nio.file.Files.delete(f);
        }
        java.nio.file.Files.delete(state);
        return Exit.OK;
    }
}

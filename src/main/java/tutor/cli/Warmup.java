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

    /** Classes a session needs that the rehearsal does not reach (the real terminal, the command line). */
    private static final java.util.List<String> SERVER_ONLY = java.util.List.of("tutor/server/", "tutor/store/sqlite/");
    private static final java.util.List<String> PACKAGES = java.util.List.of("tutor/", "com/google/gson/",
            "com/googlecode/lanterna/terminal/ansi/", "com/googlecode/lanterna/input/", "com/googlecode/lanterna/screen/");

    /** Classes of the JDK and of Lanterna that the way to the first frame loads but a rehearsal without a terminal does not. */
    private static final java.util.List<String> START_PATH = java.util.List.of(
            "java.util.concurrent.FutureTask", "java.util.concurrent.FutureTask$WaitNode", "java.util.concurrent.RunnableFuture",
            "java.util.concurrent.Callable", "java.util.concurrent.CountDownLatch", "java.util.concurrent.CountDownLatch$Sync",
            "java.util.concurrent.atomic.AtomicReference", "sun.misc.Signal", "sun.misc.SignalHandler",
            "sun.misc.Signal$InternalMiscHandler", "sun.misc.Signal$SunMiscHandler", "java.lang.ProcessEnvironment",
            "java.lang.ProcessEnvironment$StringEnvironment", "java.lang.ProcessEnvironment$Variable",
            "java.lang.ProcessEnvironment$Value", "java.lang.ProcessEnvironment$ExternalData",
            "com.googlecode.lanterna.terminal.MouseCaptureMode");

    static int run() throws Exception {
        preload();
        for (String name : START_PATH) {
            try {
                Class.forName(name, false, Warmup.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError skipped) {
                // another JDK's internals: the archive simply goes without it
            }
        }
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) {
            if (l.ok()) sink.print(Handout.print(l.lesson(), false, Precision.EXACT));
        }
        java.nio.file.Path state = java.nio.file.Files.createTempDirectory("tutor-warmup");
        tutor.store.ProgressFile store = new tutor.store.ProgressFile(state);
        WarmupScreens.run(store);
        store.save(tutor.progress.Progress.empty().with("warmup", tutor.progress.Progress.LessonProgress.NEW.atStep(1)),
                java.util.List.of());
        store.load();
        java.util.List<java.nio.file.Path> lessonFiles = Catalog.files(Catalog.folder());
        MenuCache cache = MenuCache.of(state.resolve("menu-cache.json"), lessonFiles);
        java.util.List<tutor.tui.MenuEntry> menu = new java.util.ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.readAll(lessonFiles)) menu.add(tutor.tui.MenuEntry.unchecked(l));
        cache.write(menu);
        cache.read();
        try (var files = java.nio.file.Files.list(state)) {
            for (java.nio.file.Path f : files.toList()) java.nio.file.Files.delete(f);
        }
        java.nio.file.Files.delete(state);
        return Exit.OK;
    }

    /** Loads (without initialising) every class of the packages a session uses, so the archive holds them. */
    private static void preload() throws java.io.IOException {
        java.net.URL jar = Warmup.class.getProtectionDomain().getCodeSource().getLocation();
        if (jar == null || !jar.getPath().endsWith(".jar")) return;
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(new java.io.File(jar.getPath()))) {
            for (java.util.jar.JarEntry e : java.util.Collections.list(file.entries())) {
                String name = e.getName();
                if (!name.endsWith(".class") || name.contains("module-info") || PACKAGES.stream().noneMatch(name::startsWith)
                        || SERVER_ONLY.stream().anyMatch(name::startsWith)) continue;
                try {
                    Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, Warmup.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // a class that cannot load here is one the session does not use either
                }
            }
        }
    }
}

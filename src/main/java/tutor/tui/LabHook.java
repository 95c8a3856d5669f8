package tutor.tui;

import tutor.lab.Lab;
import tutor.lab.LabMsg;
import tutor.lab.LabUpdate;
import tutor.lab.LabView;
import tutor.lesson.Lesson;
import tutor.render.Canvas;

/**
 * The tutor's one door to the lab (tutor.lab): x opens it on the lesson in view (a practice sheet's own numbers
 * included) or under the menu's cursor, the tutor's keys become the lab's messages, and closing it comes back to
 * where it was. The lab shows every number, so it does not open while a question is waiting for its answer.
 */
final class LabHook {
    private LabHook() {}

    static final char KEY = 'x';

    static App open(App app) {
        Lesson lesson;
        if (app.inMenu()) {
            if (app.menu().isEmpty()) return app;
            MenuEntry e = app.menu().get(app.cursor());
            if (e.ok() && !e.checked() && !tutor.lesson.LessonChecker.check(e.lesson(), false).isEmpty()) {
                return Update.open(app); // says what is wrong with it, as opening the lesson does
            }
            if (!e.ok()) return Update.open(app);
            lesson = e.lesson();
        } else {
            Player p = app.player();
            if (p.hasOpenQuiz()) {
                return app.withPlayer(p.withFeedback(new Player.Feedback(
                        "The lab shows every number: answer this question (or reveal it with r) first, then press x.", false, true)));
            }
            lesson = p.lesson();
        }
        Lab lab = Lab.open(lesson.id(), lesson.title(), lesson.labels(), lesson.network(), lesson.parameters(), lesson.examples(),
                lesson.precision(), tutor.lab.DataSets.task(lesson.network(), lesson.practice()));
        return seenAll(app, lesson).withLab(lab).withAutoplay(false, app.speed());
    }

    /**
     * The lab shows every value of the lesson's numbers: each question of it not yet answered has been seen, and a
     * right answer to it later is recorded as after seeing, never as the learner's own work.
     */
    private static App seenAll(App app, Lesson lesson) {
        Player p = app.inMenu() ? Player.open(lesson, app.progress().lesson(lesson.id()), "") : app.player();
        tutor.progress.Progress.LessonProgress lp = p.progress();
        for (int s = 0; s < p.steps().size(); s++) {
            for (int i = 0; i < p.steps().get(s).quiz().size(); i++) {
                if (!(p.steps().get(s).quiz().get(i) instanceof tutor.lesson.QuizItem.Fill)) continue;
                String key = p.itemKey(s, i);
                lp = lp.withItem(key, lp.item(key).seenOpen());
            }
        }
        return app.inMenu() ? app.withProgress(app.progress().with(lesson.id(), lp)) : app.withPlayer(p.withProgress(lp));
    }

    static App update(App app, Msg msg) {
        LabMsg m = message(msg);
        if (m == null) return app;
        Lab next = LabUpdate.update(app.lab(), m);
        return app.withLab(next.closed() ? null : next);
    }

    /**
     * The loop's side of the lab: a file it asked for is written in the folder (the current one) under a name not
     * yet taken (never over another file), and the lab says where. A class session (folder null) writes nothing on
     * the server's disk.
     */
    static App perform(App app, java.nio.file.Path folder) {
        Lab lab = app.lab();
        if (lab == null || lab.pending() == null) return app;
        Lab.File f = lab.pending();
        if (folder == null) return app.withLab(lab.withNotice("A class session writes no files on the server: ./tutor export on "
                + "your own copy gives the " + f.what() + "."));
        try {
            java.nio.file.Path target = free(folder.resolve(f.name()));
            java.nio.file.Files.writeString(target, f.text(), java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW);
            String next = f.name().endsWith(".py") ? "python3 " + target.getFileName() : "./tutor check " + target.getFileName();
            return app.withLab(lab.withNotice("Wrote " + target.toAbsolutePath().normalize() + " (" + next + ")."));
        } catch (java.io.IOException | RuntimeException e) {
            return app.withLab(lab.withNotice("Could not write " + f.name() + ": " + e.getMessage()));
        }
    }

    /** name.json, else name-2.json, name-3.json …: a file already there is never replaced. */
    private static java.nio.file.Path free(java.nio.file.Path p) {
        if (!java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return p;
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        for (int i = 2; ; i++) {
            java.nio.file.Path q = p.resolveSibling(name.substring(0, dot) + "-" + i + name.substring(dot));
            if (!java.nio.file.Files.exists(q, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return q;
        }
    }

    static Canvas render(App app) {
        return LabView.render(app.lab(), app.width(), app.height(), app.settings().ascii());
    }

    private static LabMsg message(Msg msg) {
        if (msg instanceof Msg.Typed t) return new LabMsg.Typed(t.c());
        if (msg instanceof Msg.Tick) return new LabMsg.Tick();
        if (!(msg instanceof Msg.Command c)) return null;
        return switch (c) {
            case SCROLL_UP, PAGE_UP -> LabMsg.Key.UP;
            case SCROLL_DOWN, PAGE_DOWN -> LabMsg.Key.DOWN;
            case PREV -> LabMsg.Key.LEFT;
            case NEXT -> LabMsg.Key.RIGHT;
            case FIRST -> LabMsg.Key.HOME;
            case LAST -> LabMsg.Key.END;
            case ENTER -> LabMsg.Key.ENTER;
            case BACK -> LabMsg.Key.BACK;
            case BACKSPACE -> LabMsg.Key.BACKSPACE;
            case CLEAR_INPUT -> LabMsg.Key.CLEAR;
            default -> null;
        };
    }
}

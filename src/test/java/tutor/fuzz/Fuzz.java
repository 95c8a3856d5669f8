package tutor.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.LessonChecker;
import tutor.lesson.LessonLoader;
import tutor.lesson.Problem;
import tutor.progress.Progress;
import tutor.quiz.Answer;
import tutor.render.Formulas;
import tutor.render.Handout;
import tutor.tui.App;
import tutor.tui.MenuEntry;
import tutor.tui.Msg;
import tutor.tui.Settings;
import tutor.tui.Update;
import tutor.tui.View;

/**
 * Typed answers and mutated lessons through everything a learner or teacher meets: the answer field of a
 * session, ./tutor check, the menu, every step of a lesson the check accepts (an answer typed, hints, a reveal),
 * the handout and the trace. Counts uncaught exceptions, hangs and problem messages without a place
 * (file:line:col). A hang is one thing a learner or teacher waits for (a check, a key's update and the frame
 * after it, a handout) taking longer than the limit, or a case that never ends. Uses only the stable API: LessonLoader, LessonChecker, App.start,
 * Update.update, View.render, Msg, Handout.print, Backprop.trace (and Formulas.lines for trace's lines).
 * <p>
 * bench/fuzz runs 100,000 of each; FuzzTest a few thousand in mvn test.
 */
public final class Fuzz {

    /** What a run found; samples describe the first failures. */
    public record Result(int answers, int lessons, int accepted, int exceptions, int hangs, int unplaced,
                         List<String> samples) {
        public boolean clean() {
            return exceptions == 0 && hangs == 0 && unplaced == 0;
        }

        @Override public String toString() {
            return answers + " answers and " + lessons + " lessons (" + accepted + " of them opened and played): "
                    + exceptions + " exceptions, " + hangs + " hangs, " + unplaced + " messages without a place"
                    + (samples.isEmpty() ? "" : "\n  " + String.join("\n  ", samples));
        }
    }

    private final long seed;
    private final long limitMs;
    private final Path lessonsFolder;
    private ExecutorService worker = newWorker();
    private int exceptions;
    private int hangs;
    private int unplaced;
    private int accepted;
    private final List<String> samples = new ArrayList<>();
    /** The longest single operation of the case running now (written by the case's thread only). */
    private volatile long slowestNanos;
    private volatile String slowestWhat = "";
    private volatile String current = "";

    Fuzz(long seed, long limitMs, Path lessonsFolder) {
        this.seed = seed;
        this.limitMs = limitMs;
        this.lessonsFolder = lessonsFolder;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    public static void main(String[] args) throws Exception {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int lessons = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 9;
        long limitMs = args.length > 3 ? Long.parseLong(args[3]) : 2000;
        Fuzz fuzz = new Fuzz(seed, limitMs, Path.of("lessons"));
        fuzz.progress = true;
        Result r = fuzz.run(answers, lessons);
        System.out.println("fuzz (seed " + seed + "; anything a person waits for taking over " + limitMs + " ms is a hang): " + r);
        System.exit(r.clean() ? 0 : 1);
    }

    /** Prints how far a long run has come, every 10,000 cases (bench/fuzz). */
    private boolean progress;

    private void progress(String what, int done) {
        if (progress && done % 10_000 == 0 && done > 0) {
            System.err.println("fuzz: " + done + " " + what + "; so far " + exceptions + " exceptions, " + hangs + " hangs, "
                    + unplaced + " messages without a place");
        }
    }

    Result run(int answerCount, int lessonCount) throws Exception {
        List<App> atSteps = sessionsAtEveryStep();
        Answers answers = new Answers(seed);
        Random pick = new Random(seed);
        for (int i = 0; i < answerCount; i++) {
            String typed = answers.next();
            App at = atSteps.get(pick.nextInt(atSteps.size()));
            guard("answer " + quote(typed), () -> answer(at, typed));
            progress("answers", i + 1);
        }
        Lessons mutants = new Lessons(seed, lessonsFolder);
        for (int i = 0; i < lessonCount; i++) {
            Lessons.Mutant m = mutants.next();
            boolean ascii = (i & 1) == 1;
            String file = "fuzz/" + i + ".json";
            guard("lesson " + i + " (" + m.made() + ")", () -> lesson(file, m.text(), ascii));
            progress("lessons", i + 1);
        }
        worker.shutdownNow();
        return new Result(answerCount, lessonCount, accepted, exceptions, hangs, unplaced, List.copyOf(samples));
    }

    private interface Case {
        void run() throws Exception;
    }

    /**
     * Runs one case on the worker thread: an exception, an operation over the limit or a case that does not end
     * (in thirty times the limit) is counted, never propagated.
     */
    private void guard(String what, Case c) throws InterruptedException {
        slowestNanos = 0;
        Future<?> f = worker.submit(() -> {
            c.run();
            return null;
        });
        try {
            f.get(Math.max(60_000, limitMs * 30), TimeUnit.MILLISECONDS);
            if (slowestNanos > TimeUnit.MILLISECONDS.toNanos(limitMs)) {
                hangs++;
                sample("hang: " + what + ": " + slowestWhat + " took " + slowestNanos / 1_000_000 + " ms");
            }
        } catch (TimeoutException e) {
            hangs++;
            sample("hang: " + what + " never ended (at " + current + ")");
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is abandoned (a daemon); the next case gets a fresh one
        } catch (java.util.concurrent.ExecutionException e) {
            exceptions++;
            Throwable t = e.getCause();
            StackTraceElement[] st = t.getStackTrace();
            sample("exception: " + what + ": " + t + (st.length > 0 ? " at " + st[0] : ""));
        }
    }

    private void sample(String s) {
        if (samples.size() < 20) samples.add(s.length() > 400 ? s.substring(0, 400) + "…" : s);
    }

    private static String quote(String s) {
        return "\"" + Problem.escaped(s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
    }

    // ---- answers -----------------------------------------------------------------------------------

    /** Every real lesson opened at each of its steps (the app is a value: each answer starts from one of these). */
    private List<App> sessionsAtEveryStep() throws Exception {
        List<MenuEntry> menu = new ArrayList<>();
        for (String name : new String[] {"1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu"}) {
            LessonLoader.Loaded l = LessonLoader.load(lessonsFolder.resolve(name + ".json"), false);
            if (!l.ok()) throw new IllegalStateException("a real lesson does not load: " + l.problems());
            menu.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        }
        List<App> out = new ArrayList<>();
        App start = App.start(menu, new Settings(false, true), Progress.empty(), null, 80, 24);
        for (int lesson = 0; lesson < menu.size(); lesson++) {
            App app = start;
            for (int k = 0; k < lesson; k++) app = Update.update(app, Msg.Command.SCROLL_DOWN);
            app = Update.update(app, Msg.Command.ENTER);
            for (int step = 0; step < 60; step++) {
                out.add(app);
                App next = Update.update(app, Msg.Command.NEXT);
                if (next == app) break;
                app = next;
            }
        }
        return out;
    }

    /** The answer read alone, then typed into the session (Enter opens the field where there is a question). */
    private void answer(App at, String typed) {
        op("reading the answer", () -> {
            try {
                return Answer.parse(typed);
            } catch (Answer.Unreadable expected) {
                return null; // a message for the learner: what should happen
            }
        });
        op("typing the answer and Enter", () -> View.render(Update.update(type(Update.update(at, Msg.Command.ENTER), typed),
                Msg.Command.ENTER)));
    }

    /** One thing a person waits for, timed: the slowest of a case tells whether it hung. */
    private <T> T op(String what, java.util.function.Supplier<T> work) {
        current = what;
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long took = System.nanoTime() - start;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowestWhat = what;
            }
        }
    }

    private static App type(App app, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ') app = Update.update(app, new Msg.Typed(c)); // what Keys lets through
        }
        return app;
    }

    // ---- lessons -----------------------------------------------------------------------------------

    private void lesson(String file, String text, boolean ascii) {
        LessonLoader.Loaded checked = op("./tutor check", () -> LessonLoader.parse(file, text, true));
        placed(checked.problems());
        LessonLoader.Loaded quick = op("reading for the menu", () -> LessonLoader.parse(file, text, false));
        placed(quick.problems());
        // as the menu first shows it: read, not yet checked; opening it checks it first
        List<MenuEntry> menu = List.of(new MenuEntry(file, quick.lesson(), quick.problems(), !quick.ok()));
        App app = App.start(menu, new Settings(ascii, !ascii), Progress.empty(), null, 80, 24);
        op("drawing the menu", () -> View.render(app));
        op("a larger menu", () -> View.render(Update.update(app, new Msg.Resize(132, 43))));
        op("opening from the menu", () -> View.render(Update.update(app, Msg.Command.ENTER)));
        // What the tutor opens: lessons its own check accepts (matching the document's figures is ./tutor check's alone).
        if (!quick.ok()) return;
        accepted++;
        play(App.start(List.of(new MenuEntry(file, quick.lesson(), List.of())), new Settings(ascii, !ascii),
                Progress.empty(), null, 80, 24));
        printAndTrace(quick.lesson(), ascii);
    }

    /** Every problem has its place: a file, a line and a column from 1, and a message; none is a failure of the tutor. */
    private void placed(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.file().isEmpty() || p.line() < 1 || p.column() < 1 || p.message().isBlank()) {
                unplaced++;
                sample("no place: " + p);
            }
            if (p.message().contains(LessonChecker.BUG)) throw new IllegalStateException("the tutor failed: " + p);
        }
    }

    /**
     * Opens the lesson and walks every step: each drawn, and in turn an answer typed, hints and a reveal, or a
     * scroll and a resize (all three on the first steps); then back to the menu.
     */
    private void play(App menu) {
        App app = op("opening the lesson", () -> Update.update(menu, Msg.Command.ENTER));
        for (int step = 0; step < 400; step++) {
            App at = app;
            op("drawing a step", () -> View.render(at));
            int turn = step < 3 ? -1 : step % 3;
            if (turn <= 0) {
                op("answering", () -> View.render(Update.update(type(Update.update(at, Msg.Command.ENTER), "0.5"), Msg.Command.ENTER)));
            }
            if (turn < 0 || turn == 1) {
                op("hints and a reveal", () -> View.render(Update.update(Update.update(Update.update(at, Msg.Command.HINT),
                        Msg.Command.HINT), Msg.Command.REVEAL)));
            }
            if (turn < 0 || turn == 2) {
                op("scrolling and a resize", () -> View.render(Update.update(Update.update(at, Msg.Command.PAGE_DOWN),
                        new Msg.Resize(200, 60))));
            }
            App next = op("the next step", () -> Update.update(at, Msg.Command.NEXT));
            if (next == app) break;
            app = next;
        }
        App last = app;
        op("back to the menu", () -> View.render(Update.update(last, Msg.Command.BACK)));
    }

    /** What ./tutor print and ./tutor trace compute and write. */
    private void printAndTrace(Lesson lesson, boolean ascii) {
        op("./tutor print", () -> Handout.print(lesson, ascii, lesson.precision()));
        op("./tutor trace", () -> {
            Notation n = lesson.notation(ascii);
            for (var example : lesson.examples()) {
                Trace exact = Backprop.trace(lesson.network(), lesson.parameters(), example, Precision.EXACT);
                Backprop.trace(lesson.network(), lesson.parameters(), example, Precision.paper(4));
                for (Quantity q : exact.quantities()) {
                    Formulas.lines(q, n, Precision.EXACT);
                    q.line(n);
                }
            }
            return null;
        });
    }
}

package tutor.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;
import tutor.progress.Progress;
import tutor.progress.StateDir;
import tutor.store.Failure;
import tutor.store.LearnerStore;
import tutor.store.ProgressFile;

/** ./tutor progress [--csv] [--reset [LESSON] [--yes]]: scores for the learner, a CSV for a gradebook, starting over. */
final class ProgressCommand {
    private ProgressCommand() {}

    static int run(Args args, PrintStream out, PrintStream err, InputStream in) throws Exception {
        args.allow("--csv", "--reset", "--yes");
        ProgressFile store;
        try {
            store = new ProgressFile(StateDir.path());
        } catch (StateDir.Unavailable e) {
            err.println("tutor: no progress to show: " + e.getMessage());
            return Exit.FAILED;
        }
        LearnerStore.Loaded loaded = store.load();
        if (loaded.notice() != null) err.println("tutor: " + loaded.notice());
        Progress progress = loaded.progress();
        List<Lesson> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) if (l.ok()) lessons.add(l.lesson());
        lessons.addAll(tutor.quiz.Practice.sheetsIn(progress.lessons().keySet(), lessons)); // practice: a row per lesson and seed
        if (args.has("--reset")) return reset(args, progress, lessons, store, out, err, in);
        if (args.has("--csv")) {
            String learner = csv(System.getProperty("user.name", ""));
            out.println("learner,lesson,title,steps,current_step,furthest_step,questions,answered,right,first_try_right,seen,"
                    + "hints,revealed,score,last_answer");
            for (Lesson l : lessons) {
                Progress.LessonProgress p = progress.lesson(l.id());
                Row r = row(l, p);
                out.println(String.join(",", learner, l.id(), csv(l.title()), str(r.steps), str(r.step), str(r.furthest),
                        str(r.questions), str(r.answered), str(r.right), str(r.firstTry), str(r.seen), str(r.hints),
                        str(r.revealed), str(r.score), p.last() == null ? "" : p.last().toString()));
            }
            return Exit.OK;
        }
        int idWidth = Math.max(14, lessons.stream().mapToInt(l -> l.id().length()).max().orElse(0));
        out.printf("%-" + idWidth + "s %8s %9s %7s %10s %5s %6s %8s%n", "lesson", "reached", "answered", "score", "first try",
                "seen", "hints", "revealed");
        for (Lesson l : lessons) {
            Row r = row(l, progress.lesson(l.id()));
            boolean started = r.furthest > 0 || r.right + r.hints + r.answered > 0;
            out.printf("%-" + idWidth + "s %8s %9s %7s %10d %5d %6d %8d%n", l.id(), started ? r.furthest + "/" + r.steps : "-",
                    r.answered + "/" + r.questions, r.score + "/" + r.questions, r.firstTry, r.seen, r.hints, r.revealed);
        }
        for (String line : List.of("Answered: right or revealed; a lesson is finished when every question is.",
                "Score: right before the answer was revealed or on screen. Seen: right after.", "Saved in " + store.file())) {
            for (String part : tutor.render.Text.wrap(line, ListCommand.WIDTH)) out.println(part);
        }
        return Exit.OK;
    }

    private record Row(int steps, int step, int furthest, int questions, int answered, int right, int firstTry, int seen,
                       int hints, int revealed, int score) {}

    private static Row row(Lesson l, Progress.LessonProgress p) {
        List<Step> steps = Walkthrough.stepsOf(l);
        int questions = 0;
        for (Step s : steps) for (QuizItem q : s.quiz()) questions++;
        Progress.LessonProgress.Tally t = p.tally();
        return new Row(steps.size(), p.reached(steps.size()) == 0 ? 0 : Math.min(p.step() + 1, steps.size()), p.reached(steps.size()),
                questions, t.answered(), t.right(), t.firstTime(), t.seen(), t.hints(), t.revealed(), p.score());
    }

    private static int reset(Args args, Progress progress, List<Lesson> lessons, ProgressFile store, PrintStream out,
                             PrintStream err, InputStream in) throws Exception {
        String lesson = args.positional().size() > 1 ? args.positional().get(1) : null;
        if (lesson != null && lessons.stream().noneMatch(l -> l.id().equals(lesson)) && !progress.lessons().containsKey(lesson)) {
            err.println("tutor: no progress or lesson called \"" + lesson + "\"");
            return Exit.USAGE;
        }
        String what = lesson == null ? "ALL your progress in every lesson" : "your progress in " + lesson;
        if (!args.has("--yes")) {
            out.print("This erases " + what + ". Type yes to go on: ");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
                out.println("Nothing was changed.");
                return Exit.FAILED;
            }
        }
        try {
            store.replace(lesson == null ? Progress.empty() : progress.without(lesson));
        } catch (java.io.IOException e) {
            err.println("tutor: nothing was erased: " + Failure.why(e));
            return Exit.FAILED;
        }
        out.println("Erased " + what + ".");
        return Exit.OK;
    }

    private static String str(int i) {
        return Integer.toString(i);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

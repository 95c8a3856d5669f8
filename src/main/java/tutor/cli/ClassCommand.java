package tutor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.gradebook.Gradebook;
import tutor.gradebook.GradebookCsv;
import tutor.gradebook.GradebookText;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.progress.StateDir;
import tutor.server.Codes;
import tutor.server.Roster;
import tutor.server.ServerLog;
import tutor.store.sqlite.ClassDatabase;

/**
 * ./tutor class codes|report|sheets: the teacher's side of the classroom server, on the same state directory.
 * codes gives each student a one-time code (kept only as a hash); report prints the gradebook; sheets assigns
 * each student a practice seed, which their sessions then offer; backup copies the database while it is in use.
 * Only codes and sheets with --roster may start a new database; the others say so when there is none.
 */
final class ClassCommand {
    private ClassCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--roster", "--state", "--csv", "--long", "--format", "--questions", "--ascii", "--no-color");
        String what = args.positional().size() > 1 ? args.positional().get(1) : "";
        if (!List.of("codes", "report", "sheets", "backup", "watch").contains(what)) {
            throw new Args.UsageException("class takes codes, report, sheets, backup or watch (e.g. ./tutor class codes --roster class.csv)");
        }
        if (what.equals("backup") && args.positional().size() != 3) throw new Args.UsageException("class backup takes one new FILE");
        Path state = stateDir(args);
        // Only enrolling a roster starts a class; every other use reads one, and must not leave an empty one behind.
        boolean enrols = args.value("--roster") != null && (what.equals("codes") || what.equals("sheets"));
        if (enrols) {
            ServeCommand.ensurePrivate(state);
        } else if (!Files.exists(state.resolve(ClassDatabase.FILE))) {
            err.println("tutor: there is no class database in " + state + " (no " + ClassDatabase.FILE + " there). serve and "
                    + "class take the same --state DIR; the default is " + defaultSaid() + ". A class starts with "
                    + "./tutor class codes --roster class.csv" + stateFlag(args) + ".");
            return Exit.USAGE;
        }
        ServerLog.configure(state);
        try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
            return switch (what) {
                case "codes" -> codes(args, db, out, err);
                case "watch" -> ClassWatch.run(state, db, err);
                case "sheets" -> sheets(args, db, out, err);
                case "backup" -> {
                    Path target = Path.of(args.positional().get(2));
                    try {
                        db.backup(target);
                    } catch (java.io.IOException e) {
                        err.println("tutor: no backup made: " + e.getMessage());
                        yield Exit.FAILED;
                    }
                    out.println("Backed up " + db.file() + " to " + target.toAbsolutePath() + ".");
                    yield Exit.OK;
                }
                default -> args.has("--questions") ? questions(args, db, out) : report(args, db, out);
            };
        } catch (ClassDatabase.Refused e) {
            err.println("tutor: " + e.getMessage());
            return Exit.FAILED;
        } catch (Roster.Invalid e) {
            err.println("tutor: " + e.getMessage());
            return Exit.USAGE;
        }
    }

    /** --state DIR, by default the server folder beside the tutor's own state (see defaultStateDir); not made here. */
    static Path stateDir(Args args) throws Exception {
        return args.value("--state") != null ? Path.of(args.value("--state")).toAbsolutePath() : defaultStateDir();
    }

    static Path defaultStateDir() throws StateDir.Unavailable {
        return StateDir.path().resolve("server");
    }

    private static String defaultSaid() {
        try {
            return defaultStateDir().toString();
        } catch (StateDir.Unavailable e) {
            return "~/.local/state/backprop-tutor/server (or under $XDG_STATE_HOME), which this user does not have";
        }
    }

    static String stateFlag(Args args) {
        return args.value("--state") == null ? "" : " --state " + args.value("--state");
    }

    /** The roster (enrolled first), or only the students named after the word. */
    private static List<ClassDatabase.Student> chosen(Args args, ClassDatabase db) throws Exception {
        if (args.value("--roster") != null) db.enrol(Roster.read(Path.of(args.value("--roster"))));
        List<String> named = args.positional().subList(2, args.positional().size());
        List<ClassDatabase.Student> out = new ArrayList<>();
        if (args.value("--roster") != null && named.isEmpty()) {
            for (ClassDatabase.Student s : Roster.read(Path.of(args.value("--roster")))) out.add(db.student(s.id()));
            return out;
        }
        for (String id : named) {
            ClassDatabase.Student s = db.student(id);
            if (s == null) throw new Args.UsageException("\"" + id + "\" is not on the roster");
            out.add(s);
        }
        if (out.isEmpty()) throw new Args.UsageException("name the roster (--roster class.csv) or the students' ids");
        return out;
    }

    private static int codes(Args args, ClassDatabase db, PrintStream out, PrintStream err) throws Exception {
        List<ClassDatabase.Student> students = chosen(args, db);
        out.println("id,name,code");
        for (ClassDatabase.Student s : students) {
            String code = Codes.generate();
            db.setCode(s.id(), Codes.hash(code));
            out.println(ProgressCommand.csv(s.id()) + "," + ProgressCommand.csv(s.name()) + "," + code);
        }
        err.println("tutor: " + students.size() + " code(s). They are shown only now (the class database keeps a hash); "
                + "each replaces the student's earlier code. A student's first login records their ssh key and uses the "
                + "code up.");
        return Exit.OK;
    }

    private static int sheets(Args args, ClassDatabase db, PrintStream out, PrintStream err) throws Exception {
        List<ClassDatabase.Student> students = chosen(args, db);
        Set<Long> taken = new HashSet<>();
        for (ClassDatabase.Student s : db.students()) if (s.seed() != null) taken.add(s.seed());
        SecureRandom random = new SecureRandom();
        out.println("id,name,seed");
        for (ClassDatabase.Student s : students) {
            long seed = s.seed() != null ? s.seed() : 0;
            if (s.seed() == null) {
                do {
                    seed = 1 + random.nextInt(999_999);
                } while (!taken.add(seed));
                db.setSeed(s.id(), seed);
            }
            out.println(ProgressCommand.csv(s.id()) + "," + ProgressCommand.csv(s.name()) + "," + seed);
        }
        err.println("tutor: each student's sessions now offer every lesson on their own numbers too (./tutor print LESSON "
                + "--seed N prints that sheet with its answers).");
        return Exit.OK;
    }

    /**
     * The gradebook's files, as class report --csv and --questions --csv print them, written into the state folder
     * under the time they were made (from the teacher's class view); says where.
     */
    static String writeGradebook(Path state, ClassDatabase db) throws Exception {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path grades = state.resolve("gradebook-" + stamp + ".csv");
        Path questions = state.resolve("questions-" + stamp + ".csv");
        try (PrintStream g = new PrintStream(Files.newOutputStream(grades), true, java.nio.charset.StandardCharsets.UTF_8);
             PrintStream q = new PrintStream(Files.newOutputStream(questions), true, java.nio.charset.StandardCharsets.UTF_8)) {
            Args csv = Args.parse(new String[] {"class", "report", "--csv"});
            report(csv, db, g);
            questions(Args.parse(new String[] {"class", "report", "--questions", "--csv"}), db, q);
        }
        // said on an 80-column status line: the names only (the state folder is where the class database is)
        return "Written: " + grades.getFileName() + ", " + questions.getFileName() + ".";
    }

    /** Every question across the class and every practice seed (see QuestionsReport). */
    private static int questions(Args args, ClassDatabase db, PrintStream out) throws Exception {
        List<Lesson> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) if (l.ok()) lessons.add(l.lesson());
        tutor.teach.ClassSummary summary = tutor.teach.ClassSummary.of(db.answerLog(), new tutor.teach.LessonSheetFeatures(lessons));
        QuestionsReport.print(lessons, summary, args.has("--csv"), AsciiOutput.wanted(args), out);
        return Exit.OK;
    }

    private static int report(Args args, ClassDatabase db, PrintStream out) throws Exception {
        String format = args.value("--format");
        if (format != null && !List.of("canvas", "moodle").contains(format)) {
            throw new Args.UsageException("--format takes canvas or moodle, not \"" + format + "\"");
        }
        if (format != null && (args.has("--csv") || args.has("--long"))) {
            throw new Args.UsageException("--format " + format + " is a CSV of its own: leave out --csv and --long");
        }
        List<Lesson> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) if (l.ok()) lessons.add(l.lesson());
        Gradebook book = Gradebook.of(lessons, roster(db));
        boolean csv = args.has("--csv");
        boolean long_ = args.has("--long");
        if (format != null || csv) { // data, in UTF-8 whatever the locale: the gradebooks read it so
            out.print(format != null ? (format.equals("canvas") ? GradebookCsv.canvas(book) : GradebookCsv.moodle(book))
                    : long_ ? GradebookCsv.longForm(book) : GradebookCsv.wide(book));
        } else {
            String text = long_ ? GradebookText.longForm(book) : GradebookText.wide(book);
            out.print(AsciiOutput.wanted(args) ? tutor.engine.Ascii.transliterate(text) : text);
        }
        out.flush();
        return Exit.OK;
    }

    /** The students on the roster (not teachers), each with their progress and when they last logged in and worked. */
    private static List<Gradebook.Student> roster(ClassDatabase db) throws Exception {
        Map<String, String> active = db.lastActive();
        Map<String, String> logins = db.lastLogins();
        List<Gradebook.Student> out = new ArrayList<>();
        for (ClassDatabase.Student s : db.students()) {
            if (!s.role().equals("student")) continue;
            Map<String, String> mine = new java.util.HashMap<>();
            String prefix = s.id() + " ";
            for (Map.Entry<String, String> e : active.entrySet()) {
                if (e.getKey().startsWith(prefix)) mine.put(e.getKey().substring(prefix.length()), e.getValue());
            }
            out.add(new Gradebook.Student(s.id(), s.name(), s.seed(), logins.get(s.id()), db.storeFor(s.id()).load().progress(), mine));
        }
        return out;
    }
}

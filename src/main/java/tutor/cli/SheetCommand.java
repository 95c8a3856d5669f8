package tutor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tutor.lesson.Lesson;
import tutor.quiz.Practice;
import tutor.server.Roster;
import tutor.sheet.Copy;
import tutor.sheet.Format;
import tutor.sheet.Sheet;
import tutor.store.sqlite.ClassDatabase;

/**
 * ./tutor sheet LESSON [--seeds 1-30 | --roster class.csv] [--forms N] [--format md|tex|txt] [--out DIR] [--booklet]:
 * exam sheets on practice numbers, a student's sheet and its key per seed, per student or per form, or all of them
 * in one booklet. The numbers are those ./tutor --practice LESSON --seed N shows.
 */
final class SheetCommand {
    private SheetCommand() {}

    /** More sheets than a lecture hall holds is a typo (1-100000), not a class. */
    static final int MAX_SHEETS = 1000;

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--seeds", "--roster", "--forms", "--format", "--out", "--booklet", "--state", "--ascii");
        if (args.value("--roster") != null && (args.value("--seeds") != null || args.value("--forms") != null)) {
            throw new Args.UsageException("--roster gives each student their own seed; it takes neither --seeds nor --forms");
        }
        if (args.value("--state") != null && args.value("--roster") == null) {
            throw new Args.UsageException("--state is where the class database keeps the students' seeds: it goes with --roster");
        }
        if (args.value("--roster") == null && args.value("--seeds") == null && args.value("--forms") == null) {
            throw new Args.UsageException("say which sheets: --seeds 1-30, --roster class.csv or --forms 3");
        }
        String formatName = args.value("--format") == null ? "md" : args.value("--format");
        Format format = Format.named(formatName);
        if (format == null) throw new Args.UsageException("--format takes md, tex or txt, not \"" + formatName + "\"");
        LessonArg.Found found = LessonArg.resolve(args, err);
        if (found.lesson() == null) return found.exit();
        Lesson lesson = found.lesson();

        List<Copy> copies;
        try {
            copies = copies(args, err);
        } catch (Roster.Invalid e) {
            err.println("tutor: " + e.getMessage());
            return Exit.USAGE;
        } catch (ClassDatabase.Refused e) {
            err.println("tutor: " + e.getMessage());
            return Exit.FAILED;
        }
        if (copies.isEmpty()) {
            err.println("tutor: the roster has no students (only teachers): no sheets to make");
            return Exit.USAGE;
        }
        Practice.Generator generator = new Practice.Generator(lesson);
        List<Sheet> sheets = new ArrayList<>();
        for (Copy c : copies) {
            try {
                sheets.add(Sheet.of(generator, lesson, c));
            } catch (Practice.NoSheet e) {
                err.println("tutor: " + e.getMessage());
                return Exit.BAD_LESSON;
            }
        }

        Path dir = Path.of(args.value("--out") != null ? args.value("--out") : "sheets-" + lesson.id());
        boolean ascii = AsciiOutput.wanted(args);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            String ext = "." + format.extension();
            if (args.has("--booklet")) {
                written.add(write(dir.resolve(lesson.id() + "-booklet" + ext), format.booklet(sheets, ascii)));
            } else {
                for (Sheet s : sheets) {
                    String name = lesson.id() + "-" + s.copy().fileTag();
                    written.add(write(dir.resolve(name + ext), format.student(s, ascii)));
                    written.add(write(dir.resolve(name + "-key" + ext), format.key(s, ascii)));
                }
            }
        } catch (IOException e) {
            err.println("tutor: the sheets could not be written to " + dir + ": " + tutor.store.Failure.why(e));
            return Exit.FAILED;
        }
        String what = sheets.size() + (sheets.size() == 1 ? " sheet" : " sheets") + " of " + lesson.id() + " with "
                + (sheets.size() == 1 ? "its key" : "their keys");
        if (args.has("--booklet")) out.println("Wrote " + what + " as one booklet (the sheets, then the keys): " + written.get(0));
        else out.println("Wrote " + what + " to " + dir + java.io.File.separator + " (" + written.get(0).getFileName() + ", "
                + written.get(1).getFileName() + (written.size() > 2 ? ", …" : "") + ")");
        if (format == Format.TEX) out.println("Make the PDF: cd " + dir + " && pdflatex " + written.get(0).getFileName());
        if (format == Format.MD) out.println("Make a web page with pandoc, e.g.: pandoc " + written.get(0).getFileName() + " -s -o "
                + written.get(0).getFileName().toString().replaceAll("\\.md$", ".html") + " (for print, --format tex is made for pdflatex)");
        return Exit.OK;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The copies asked for: a student each (roster), a form each, or a seed each. */
    private static List<Copy> copies(Args args, PrintStream err) throws Exception {
        List<Copy> out = new ArrayList<>();
        if (args.value("--roster") != null) return students(args, err);
        List<Long> seeds = args.value("--seeds") == null ? null : seeds(args.value("--seeds"));
        if (args.value("--forms") != null) {
            int forms = args.intValue("--forms", 1, Copy.MAX_FORMS, 1);
            if (seeds != null && seeds.size() != forms) {
                throw new Args.UsageException("--forms " + forms + " takes " + forms + " seeds (one a form), not " + seeds.size());
            }
            for (int i = 0; i < forms; i++) out.add(Copy.ofForm(i, seeds == null ? i + 1 : seeds.get(i)));
            return out;
        }
        for (long s : seeds) out.add(Copy.ofSeed(s));
        return out;
    }

    /**
     * "1-30", "7", "3,5,9-12": the seeds in the order given, each once. Seeds are whole numbers from 0 up, as
     * ./tutor --practice takes them.
     */
    static List<Long> seeds(String text) throws Args.UsageException {
        Set<Long> out = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-', 1);
                long from = Long.parseLong(dash < 0 ? p : p.substring(0, dash).strip());
                long to = dash < 0 ? from : Long.parseLong(p.substring(dash + 1).strip());
                if (from < 0 || to < from || from > Integer.MAX_VALUE || to > Integer.MAX_VALUE) throw new NumberFormatException();
                if (to - from + 1 + out.size() > MAX_SHEETS) {
                    throw new Args.UsageException("--seeds asks for more than " + MAX_SHEETS + " sheets");
                }
                for (long s = from; s <= to; s++) out.add(s);
            } catch (NumberFormatException e) {
                throw new Args.UsageException("--seeds takes seeds and ranges of them, such as 1-30 or 3,5,9-12 (whole numbers "
                        + "from 0 to " + Integer.MAX_VALUE + "), not \"" + text + "\"");
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A sheet per student on the roster (teachers left out), on the seed class sheets gave them where the class
     * database has one; otherwise on a seed made from their id, the same every time, printed on their sheet.
     */
    private static List<Copy> students(Args args, PrintStream err) throws Exception {
        List<ClassDatabase.Student> roster = Roster.read(Path.of(args.value("--roster")));
        Path state = ClassCommand.stateDir(args);
        java.util.Map<String, Long> known = new java.util.HashMap<>();
        if (Files.exists(state.resolve(ClassDatabase.FILE))) {
            ServerLibraries.requireDatabase();
            try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
                for (ClassDatabase.Student s : db.students()) if (s.seed() != null) known.put(s.id().toLowerCase(Locale.ROOT), s.seed());
            }
        }
        List<Copy> out = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (ClassDatabase.Student s : roster) {
            if (!s.role().equals("student")) continue;
            Long seed = known.get(s.id().toLowerCase(Locale.ROOT));
            if (seed == null) {
                seed = seedOf(s.id());
                made.add(s.id());
            }
            out.add(Copy.ofStudent(s.id(), s.name(), seed));
        }
        if (!made.isEmpty()) {
            err.println("tutor: " + made.size() + " of " + out.size() + " students have no practice seed in the class database ("
                    + state.resolve(ClassDatabase.FILE) + "): their sheets use a seed made from their id, the same every time "
                    + "and printed on the sheet. ./tutor class sheets --roster ... gives each student a seed their sessions offer.");
        }
        return out;
    }

    /** A seed made from a student's id: the same every run, spread like class sheets' seeds (1 to 999,999). */
    static long seedOf(String id) {
        long h = 1125899906842597L;
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) h = 31 * h + c;
        return 1 + Math.floorMod(new java.util.SplittableRandom(h).nextLong(), 999_999L);
    }
}

package tutor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tutor.engine.Ascii;
import tutor.engine.Notation;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;

/** ./tutor list [--ascii]: each lesson's id (what the other commands take), its network and title, in menu order. */
final class ListCommand {
    private ListCommand() {}

    static final int WIDTH = 80;

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--ascii");
        Path folder = Catalog.folder();
        if (!Files.isDirectory(folder)) {
            err.println("tutor: no lessons folder at " + folder.toAbsolutePath());
            return Exit.USAGE;
        }
        boolean ascii = AsciiOutput.wanted(args);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "network", "title"});
        for (LessonLoader.Loaded l : Catalog.loadAll(folder)) {
            if (l.ok()) {
                Lesson lesson = l.lesson();
                Notation n = lesson.notation(ascii);
                String network = lesson.network().shape() + ", " + n.render(lesson.network().loss().formula()) + ", "
                        + n.render("η") + " = " + tutor.engine.Numbers.given(lesson.network().learningRate());
                rows.add(new String[] {lesson.id(), network, n.render(lesson.title())});
            } else {
                String name = Path.of(l.file()).getFileName().toString();
                rows.add(new String[] {name, "-", "does not load (" + l.problems().size() + " problem"
                        + (l.problems().size() == 1 ? "" : "s") + "; ./tutor check " + l.file() + " says which)"});
            }
        }
        int[] width = new int[2];
        for (String[] r : rows) for (int c = 0; c < 2; c++) width[c] = Math.max(width[c], r[c].codePointCount(0, r[c].length()));
        boolean oneLine = true;
        for (String[] r : rows) oneLine &= width[0] + 2 + width[1] + 2 + tutor.render.Text.width(r[2]) <= WIDTH;
        for (String[] r : rows) {
            String line = tutor.render.Text.padRight(r[0], width[0]) + "  " + tutor.render.Text.padRight(r[1], width[1]) + "  " + r[2];
            if (!oneLine) {
                // Too wide for 80 columns: each title goes under its network, wrapped on words.
                String indent = " ".repeat(width[0] + 2);
                line = tutor.render.Text.padRight(r[0], width[0]) + "  " + r[1];
                for (String part : tutor.render.Text.wrap(r[2], WIDTH - indent.length())) line += "\n" + indent + part;
            }
            out.println(ascii ? Ascii.transliterate(line) : line);
        }
        if (rows.size() == 1) out.println("(no lessons in " + folder + ")");
        out.println();
        out.println("Open one from the menu of ./tutor, print it with ./tutor print ID, practise it with");
        out.println("./tutor --practice ID.");
        return Exit.OK;
    }
}

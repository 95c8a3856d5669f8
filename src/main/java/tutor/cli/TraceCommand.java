package tutor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import tutor.engine.Backprop;
import tutor.engine.Notation;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.render.Formulas;

/**
 * ./tutor trace LESSON [--json] [--ascii] [--example N] [--paper N]: every traced quantity of a lesson's example,
 * exact or, with --paper, as worked on paper to N decimals. The JSON always has both.
 */
final class TraceCommand {
    private TraceCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--json", "--ascii", "--example", "--paper");
        LessonArg.Found found = LessonArg.resolve(args, err);
        if (found.lesson() == null) return found.exit();
        Lesson lesson = found.lesson();
        int example = args.intValue("--example", 0, lesson.examples().size() - 1, 0);
        Precision paper = args.value("--paper") != null ? Precision.paper(args.intValue("--paper", 0, 12, 4))
                : lesson.precision().isExact() ? Precision.paper(4) : lesson.precision();
        Trace exact = Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(example), Precision.EXACT);
        Trace onPaper = Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(example), paper);
        // JSON is for programs: ASCII only when asked; text is for a terminal, so it follows the locale too.
        Notation n = lesson.notation(args.has("--json") ? args.has("--ascii") : AsciiOutput.wanted(args));
        if (args.has("--json")) {
            JsonObject root = new JsonObject();
            root.addProperty("lesson", lesson.id());
            root.addProperty("example", exact.example().name());
            root.addProperty("paperDecimals", paper.decimals());
            JsonArray qs = new JsonArray();
            for (Quantity q : exact.quantities()) {
                JsonObject o = new JsonObject();
                o.addProperty("key", q.key());
                o.addProperty("section", q.section().name().toLowerCase(java.util.Locale.ROOT));
                o.addProperty("value", q.value());
                o.addProperty("paper", onPaper.value(q.key()));
                o.addProperty("symbolic", q.working(n, 1));
                o.addProperty("substituted", q.line(n));
                qs.add(o);
            }
            root.add("quantities", qs);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
        } else {
            Trace shown = args.value("--paper") != null ? onPaper : exact;
            for (Quantity q : shown.quantities()) {
                out.println(q.key());
                for (String line : Formulas.lines(q, n, shown.precision())) out.println("  " + (n.ascii() ? tutor.engine.Ascii.transliterate(line) : line));
            }
        }
        return Exit.OK;
    }
}

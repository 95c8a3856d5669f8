package tutor.lesson;

import java.util.List;
import java.util.Map;
import tutor.engine.Example;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Precision;

/**
 * A lesson as read from its file: the network, its examples, notation, steps and the document's figures, and how
 * its practice sheets are drawn. source is the document's title, as learners see it.
 */
public record Lesson(String id, String title, String source, String file, String summary, Network network,
                     Map<String, Double> parameters, List<Example> examples, Map<String, Notation.Label> labels,
                     Precision precision, List<Step> steps, List<Figure> figures, List<Erratum> errata,
                     List<String> assumptions, PracticeRules practice) {

    public Lesson {
        examples = List.copyOf(examples);
        labels = Map.copyOf(labels);
        steps = List.copyOf(steps);
        figures = List.copyOf(figures);
        errata = List.copyOf(errata);
        assumptions = List.copyOf(assumptions);
        practice = practice == null ? PracticeRules.NONE : practice;
    }

    /** A lesson with no practice rules of its own. */
    public Lesson(String id, String title, String source, String file, String summary, Network network,
                  Map<String, Double> parameters, List<Example> examples, Map<String, Notation.Label> labels,
                  Precision precision, List<Step> steps, List<Figure> figures, List<Erratum> errata,
                  List<String> assumptions) {
        this(id, title, source, file, summary, network, parameters, examples, labels, precision, steps, figures, errata,
                assumptions, PracticeRules.NONE);
    }

    public Notation notation(boolean ascii) {
        return new Notation(labels, ascii);
    }

    /** A figure the source document states, and the engine quantity (and mode) that reproduces it. */
    public record Figure(String key, String stated, Precision mode, int example, Json.Where where) {}

    /** A figure the document gets wrong: what it says, and in one sentence what it did. */
    public record Erratum(String key, String stated, String note, String label, int example, Json.Where where) {}
}

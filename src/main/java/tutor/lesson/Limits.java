package tutor.lesson;

/**
 * How large a lesson may be. A lesson is worked by hand on an 80×24 screen, so these are generous for that and
 * small for a computer: every one is checked while the file is read, before anything is computed, so no file
 * under the size limit can make the tutor, check, print or trace run long or out of memory. The README and
 * lessons/lesson.schema.json state the same numbers (a test holds them to it).
 */
public final class Limits {
    private Limits() {}

    public static final int INPUTS = 16;
    public static final int LAYERS = 6;
    public static final int NEURONS_PER_LAYER = 16;
    public static final int NEURONS = 48;
    /** Connections: one weight each (a weight id may be shared by several). */
    public static final int WEIGHTS = 512;
    /** Distinct weight and bias ids, and values given for them. */
    public static final int PARAMETERS = 600;
    public static final int EXAMPLES = 100;
    public static final int STEPS = 200;
    public static final int QUIZ_ITEMS = 10;
    /** Choices are picked with the keys 1 to 9. */
    public static final int CHOICES = 9;
    public static final int FIGURES = 1000;
    public static final int ERRATA = 200;
    public static final int ASSUMPTIONS = 50;
    public static final int LABELS = 1000;
    /** Ids in a step's focus, keys it shows. */
    public static final int LIST = 1000;

    /** A kind of string in a lesson: its longest length, and whether it may hold line breaks. */
    public record Text(String what, int max, boolean multiline) {}

    /** A network id (x1, h, w11): it appears in keys (a:h), expressions and on the command line. */
    public static final Text ID = new Text("an id", 32, false);
    public static final Text TITLE = new Text("a title", 80, false);
    /** A label stands on the diagram beside an edge or in a neuron's box. */
    public static final Text LABEL = new Text("a label", 12, false);
    public static final Text NAME = new Text("a name", 40, false);
    /** A word of the format (sigmoid, forward, paper:3), a quantity key or an expression of keys. */
    public static final Text KEY = new Text("a key", 200, false);
    public static final Text STATED = new Text("a stated figure", 40, false);
    public static final Text LINE = new Text("a line of text", 200, false);
    public static final Text PROSE = new Text("a text", 4000, true);
}

package tutor.sheet;

/**
 * Whose sheet it is: a seed's (anyone's), a student's (name, id and the seed they practise with) or a form's (A, B,
 * … as printed exams come in forms; the form's seed is on its key only, so the sheet can serve as an exam).
 */
public record Copy(Kind kind, long seed, String name, String id, String form) {

    public enum Kind { SEED, STUDENT, FORM }

    public static Copy ofSeed(long seed) {
        return new Copy(Kind.SEED, seed, null, null, null);
    }

    public static Copy ofStudent(String id, String name, long seed) {
        return new Copy(Kind.STUDENT, seed, name, id, null);
    }

    public static Copy ofForm(int index, long seed) {
        return new Copy(Kind.FORM, seed, null, null, formLetter(index));
    }

    /** A, B, … Z: PrairieLearn's and most printed exams' limit of forms. */
    public static final int MAX_FORMS = 26;

    static String formLetter(int index) {
        if (index < 0 || index >= MAX_FORMS) throw new IllegalArgumentException("form " + index);
        return String.valueOf((char) ('A' + index));
    }

    /** Whether the student's sheet names its seed (a form's does not: the seed would print its key). */
    public boolean seedOnSheet() {
        return kind != Kind.FORM;
    }

    /** What tells this copy apart, as its heading says it: "Seed 7", "Ada Lovelace (ada), seed 4711", "Form B". */
    public String said() {
        return switch (kind) {
            case SEED -> "Seed " + seed;
            case STUDENT -> name + " (" + id + "), seed " + seed;
            case FORM -> "Form " + form;
        };
    }

    /** The heading's short form, beside a title: the name is on its own line ("ada, seed 4711"). */
    public String tag() {
        return kind == Kind.STUDENT ? id + ", seed " + seed : said();
    }

    /** The file name's tail: seed-7, ada, form-B. */
    public String fileTag() {
        return switch (kind) {
            case SEED -> "seed-" + seed;
            case STUDENT -> id;
            case FORM -> "form-" + form;
        };
    }
}

package tutor.lesson;

import java.util.List;
import tutor.engine.Section;

/**
 * One screen of a lesson: its section, narration (with {label} and {=value} placeholders), narration for after its
 * questions are answered (what would give an answer away before), the neurons, inputs and parameters in focus,
 * the quantities the formula panel shows, and quiz items.
 */
public record Step(Section section, String title, String text, String after, List<String> focus, List<String> show,
                   List<QuizItem> quiz, int example, Table table) {

    public Step {
        focus = List.copyOf(focus);
        show = List.copyOf(show);
        quiz = List.copyOf(quiz);
    }

    public Step(Section section, String title, String text, List<String> focus, List<String> show, List<QuizItem> quiz,
                int example, Table table) {
        this(section, title, text, null, focus, show, quiz, example, table);
    }

    /** A table the formula panel may show instead of formulas, as the documents do. */
    public enum Table { NONE, FORWARD, UPDATE }
}

package tutor.lesson;

import java.util.List;

/** A question in a step: a number to fill in (checked against the engine) or a multiple choice. */
public sealed interface QuizItem permits QuizItem.Fill, QuizItem.Choice {

    /** Fill in the value of a traced quantity. tolerance is null for the standard acceptance rule. */
    record Fill(String key, String prompt, Double tolerance) implements QuizItem {}

    /** Pick one of the choices; answer is its 0-based index. */
    record Choice(String question, List<String> choices, int answer, String explanation) implements QuizItem {
        public Choice {
            choices = List.copyOf(choices);
        }
    }
}

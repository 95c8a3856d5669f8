package tutor.lesson;

import java.util.ArrayList;
import java.util.List;

/** A question in a step: a number to fill in (checked against the engine) or a multiple choice. */
public sealed interface QuizItem permits QuizItem.Fill, QuizItem.Choice {

    /** Fill in the value of a traced quantity. tolerance is null for the standard acceptance rule. */
    record Fill(String key, String prompt, Double tolerance) implements QuizItem {}

    /**
     * Pick one of the choices; answer is its 0-based index. why explains each choice, the wrong ones included
     * (an empty entry where the lesson says nothing); explanation follows the right answer.
     */
    record Choice(String question, List<String> choices, int answer, String explanation, List<String> why) implements QuizItem {
        public Choice {
            choices = List.copyOf(choices);
            List<String> each = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) each.add(why != null && i < why.size() && why.get(i) != null ? why.get(i) : "");
            why = List.copyOf(each);
        }

        public Choice(String question, List<String> choices, int answer, String explanation) {
            this(question, choices, answer, explanation, List.of());
        }
    }
}

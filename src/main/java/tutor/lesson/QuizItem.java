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

        /**
         * The order the choices are shown in, shown position → index in the lesson: shuffled by a seed text, the
         * same for the same text (a learner's, a printed sheet's), so the right one is not always the first.
         */
        public int[] order(String seed) {
            int n = choices.size();
            int[] order = new int[n];
            for (int k = 0; k < n; k++) order[k] = k;
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed.hashCode());
            for (int k = n - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            return order;
        }
    }
}

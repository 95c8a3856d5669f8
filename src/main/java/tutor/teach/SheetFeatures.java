package tutor.teach;

import java.util.Set;

/**
 * What sets one sheet's question apart (a switched-off ReLU, a negative answer), so the class summary can say
 * whether it changes how often the question is answered right. The engine knows; the summary only asks.
 */
public interface SheetFeatures {
    /** The features of this question on the sheet of this seed (null: the lesson's own numbers). */
    Set<String> of(String lesson, Long seed, String item);

    SheetFeatures NONE = (lesson, seed, item) -> Set.of();
}

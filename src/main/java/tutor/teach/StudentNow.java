package tutor.teach;

import java.time.Instant;

/**
 * Where a student is right now, as the server knows it: on the roster, whether they ever logged in, online since
 * when (null: offline), the lesson (a practice sheet's id with its seed) and step they are on, the question open
 * there (its item key, null when none), and their last key.
 */
public record StudentNow(String id, String name, boolean everLoggedIn, Instant onlineSince, String lesson, int step,
                         String openItem, String openLabel, Instant lastKey) {

    public boolean online() {
        return onlineSince != null;
    }
}

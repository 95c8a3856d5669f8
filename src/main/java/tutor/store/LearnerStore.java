package tutor.store;

import java.io.IOException;
import java.util.List;
import tutor.progress.Progress;

/**
 * Where one learner's progress and answers are kept: a JSON file for the tutor on one's own machine, the class
 * database for a student on the server. The session loop knows only this.
 */
public interface LearnerStore {

    /** The stored progress, and a notice for the learner when something had to be set aside (else null). */
    record Loaded(Progress progress, String notice) {}

    Loaded load();

    /**
     * Stores this session's progress merged over what is stored (another session of the same learner may have
     * saved meanwhile) and appends the answers to the log; returns what is now stored.
     *
     * @throws IOException with a message that says where and why, fit to show the learner
     */
    Progress save(Progress mine, List<AnswerRecord> answers) throws IOException;

    /** Where the progress is kept, as the learner is told. */
    String where();

    /** A store that cannot keep anything, for when there is nowhere to keep it: each save says why. */
    static LearnerStore unavailable(String why) {
        return new LearnerStore() {
            @Override public Loaded load() {
                return new Loaded(Progress.empty(), "Your progress cannot be saved: " + why);
            }

            @Override public Progress save(Progress mine, List<AnswerRecord> answers) throws IOException {
                throw new IOException(why);
            }

            @Override public String where() {
                return "nowhere";
            }
        };
    }
}

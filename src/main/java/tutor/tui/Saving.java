package tutor.tui;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.progress.Changes;
import tutor.progress.Progress;
import tutor.store.AnswerRecord;
import tutor.store.Failure;
import tutor.store.LearnerStore;

/**
 * What a session has not stored yet, and storing it: the progress, the time of each item's last change (Update has
 * no clock, so the loop stamps it here) and the answer log's new lines. A failed save keeps everything for the
 * next try and says where and why.
 */
public final class Saving {
    private static final Pattern PRACTICE = Pattern.compile("-practice-(\\d{1,18})$");

    private final LearnerStore store;
    private final Map<String, Instant> stamps = new LinkedHashMap<>();
    private final List<AnswerRecord> pending = new ArrayList<>();
    private Progress saved;
    private StatusLine failure;
    private boolean recovered;

    public Saving(LearnerStore store) {
        this.store = store;
    }

    public synchronized void start(Progress loaded) {
        saved = loaded;
    }

    /** Notes what an update did to the learner's quiz items: their times, and a log line for each. */
    public synchronized void record(App before, Msg msg, App after, Instant now) {
        for (Changes.Change c : Changes.between(before.progress(), after.progress())) {
            stamps.put(c.lesson() + '\u0000' + c.item(), now);
            Progress.Item was = c.before();
            Progress.Item is = c.after();
            String kind = is.attempts() > was.attempts() ? "answer" : is.revealed() && !was.revealed() ? "reveal"
                    : is.seen() && !was.seen() ? "seen" : "hint";
            boolean answer = kind.equals("answer");
            boolean right = answer && is.right() && !was.right();
            String text = answer ? answerText(before, msg) : null;
            String slip = answer && !right ? feedback(after) : null;
            Long seed = seedOf(c.lesson());
            pending.add(new AnswerRecord(c.lesson(), seed, c.item(), now, kind, text, right, slip, is.hints(),
                    is.revealed(), is.seen(), seed == null ? null : tutor.quiz.Practice.GENERATOR));
        }
    }

    /** The unsaved records as they stand, to take back what one update added (see rollback). */
    record Mark(int pending, Map<String, Instant> stamps, StatusLine failure) {}

    synchronized Mark mark() {
        return new Mark(pending.size(), new LinkedHashMap<>(stamps), failure);
    }

    /** Whether an update since the mark changed a quiz item (an answer, a hint, a reveal): it is stored before drawn. */
    synchronized boolean recordedSince(Mark mark) {
        return pending.size() > mark.pending();
    }

    /** Forgets what was recorded since the mark (its update is not taken: it could not be stored). */
    synchronized void rollback(Mark mark) {
        pending.subList(mark.pending(), pending.size()).clear();
        stamps.clear();
        stamps.putAll(mark.stamps());
        failure = mark.failure();
    }

    /** Whether anything is waiting to be stored. */
    public synchronized boolean due(Progress current) {
        return current != saved || !pending.isEmpty() || failure != null;
    }

    /** Stores the progress and the log; false (with the reason kept for the status line) when that failed. */
    public synchronized boolean save(Progress current) {
        try {
            store.save(stamped(current), List.copyOf(pending));
            pending.clear();
            saved = current;
            recovered = failure != null;
            failure = null;
            return true;
        } catch (IOException e) {
            Failure.Said said = Failure.said(e);
            failure = said.file() == null
                    ? new StatusLine("Progress not saved (kept; retrying): ", store.where(), ": " + said.reason() + ".")
                    : new StatusLine("Progress not saved (kept; retrying): ", said.file(), ": " + said.reason() + ".");
            return false;
        } catch (RuntimeException e) {
            failure = new StatusLine("Progress not saved (kept; retrying): ", store.where(), ": " + e + ".");
            return false;
        }
    }

    /** The reason the last save failed, or null. */
    synchronized StatusLine failure() {
        return failure;
    }

    /** The reason the last save failed, in words (where and why), or null. */
    public synchronized String problem() {
        return failure == null ? null : failure.toString();
    }

    /** True once after a save succeeded where the one before had failed (the status line has news). */
    synchronized boolean recovered() {
        boolean r = recovered;
        recovered = false;
        return r;
    }

    private Progress stamped(Progress p) {
        for (Map.Entry<String, Instant> s : stamps.entrySet()) {
            String[] key = s.getKey().split("\u0000", 2);
            Progress.LessonProgress l = p.lessons().get(key[0]);
            if (l == null || !l.items().containsKey(key[1])) continue;
            Progress.Item item = l.item(key[1]);
            if (item.last() == null || item.last().isBefore(s.getValue())) p = p.with(key[0], l.withItem(key[1], item.at(s.getValue())));
        }
        return p;
    }

    /** What was typed: the answer field's text at Enter, or the choice's digit. */
    private static String answerText(App before, Msg msg) {
        if (msg instanceof Msg.Typed t) return String.valueOf(t.c());
        return before.player() == null ? null : before.player().input();
    }

    /** What the tutor said about a wrong answer (the slip it named, or a plain "not yet"), in the lesson's notation. */
    private static String feedback(App after) {
        Player p = after.player();
        if (p == null || p.feedback() == null || p.feedback().good()) return null;
        return p.lesson().notation(false).render(p.feedback().text());
    }

    /** A practice lesson's seed, from its id; null for a lesson's own numbers. */
    static Long seedOf(String lessonId) {
        Matcher m = PRACTICE.matcher(lessonId);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}

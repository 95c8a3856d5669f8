package tutor.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A learner's progress in every lesson. Values, merged rather than overwritten, so two sessions lose nothing. */
public record Progress(Map<String, LessonProgress> lessons) {

    public static final int FORMAT = 1;

    public Progress {
        lessons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lessons));
    }

    public static Progress empty() {
        return new Progress(Map.of());
    }

    public LessonProgress lesson(String id) {
        return lessons.getOrDefault(id, LessonProgress.NEW);
    }

    public Progress with(String id, LessonProgress p) {
        Map<String, LessonProgress> next = new LinkedHashMap<>(lessons);
        next.put(id, p);
        return new Progress(next);
    }

    public Progress without(String id) {
        Map<String, LessonProgress> next = new LinkedHashMap<>(lessons);
        next.remove(id);
        return new Progress(next);
    }

    /** Everything either side knows: answers are never lost; the current step is this side's. */
    public Progress mergedOver(Progress disk) {
        Map<String, LessonProgress> next = new LinkedHashMap<>(disk.lessons);
        for (Map.Entry<String, LessonProgress> e : lessons.entrySet()) {
            LessonProgress theirs = disk.lessons.get(e.getKey());
            next.put(e.getKey(), theirs == null ? e.getValue() : e.getValue().mergedOver(theirs));
        }
        return new Progress(next);
    }

    /** One lesson: the step the learner is on, the furthest step seen, and each quiz item's record. */
    public record LessonProgress(int step, int furthest, Map<String, Item> items) {
        public static final LessonProgress NEW = new LessonProgress(0, 0, Map.of());

        public LessonProgress {
            items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        }

        public LessonProgress atStep(int s) {
            return new LessonProgress(s, Math.max(furthest, s), items);
        }

        public LessonProgress withItem(String key, Item item) {
            Map<String, Item> next = new LinkedHashMap<>(items);
            next.put(key, item);
            return new LessonProgress(step, furthest, next);
        }

        public Item item(String key) {
            return items.getOrDefault(key, Item.NEW);
        }

        /** When the learner last answered, took a hint or revealed an answer here; null if never (or unknown). */
        public Instant last() {
            Instant t = null;
            for (Item i : items.values()) t = latest(t, i.last());
            return t;
        }

        /**
         * How the questions went: right at the first try (no hint, answer not seen before), right later (after hints
         * or wrong tries), right after seeing the value (on a later step, in the errata, by auto-play), revealed;
         * with the rights, the hints taken, the wrong tries, and the items answered or revealed.
         */
        public record Tally(int firstTime, int later, int seen, int revealed, int right, int hints, int wrong, int answered) {}

        /** One count for the end screen, ./tutor progress and the class gradebook alike. */
        public Tally tally() {
            int first = 0;
            int later = 0;
            int seen = 0;
            int revealed = 0;
            int right = 0;
            int hints = 0;
            int wrong = 0;
            int answered = 0;
            for (Item i : items.values()) {
                if (i.right()) right++;
                if (i.right() || i.revealed()) answered++;
                hints += i.hints();
                wrong += i.wrongTries();
                if (i.revealed()) revealed++;
                else if (i.right() && i.seen()) seen++;
                else if (i.right() && i.firstTryRight() && i.hints() == 0) first++;
                else if (i.right()) later++;
            }
            return new Tally(first, later, seen, revealed, right, hints, wrong, answered);
        }

        /** The step number (from 1) furthest reached, at most the lesson's count (the end screen is not a step); 0 if never started. */
        public int reached(int steps) {
            boolean started = furthest > 0 || !items.isEmpty();
            return started ? Math.min(furthest + 1, steps) : 0;
        }

        /** Items answered right by the learner's own work: neither revealed nor seen before they were answered. */
        public int score() {
            int s = 0;
            for (Item i : items.values()) if (i.right() && !i.revealed() && !i.seen()) s++;
            return s;
        }

        LessonProgress mergedOver(LessonProgress disk) {
            Map<String, Item> merged = new LinkedHashMap<>(disk.items);
            for (Map.Entry<String, Item> e : items.entrySet()) {
                Item theirs = disk.items.get(e.getKey());
                merged.put(e.getKey(), theirs == null ? e.getValue() : e.getValue().mergedOver(theirs));
            }
            return new LessonProgress(step, Math.max(furthest, disk.furthest), merged);
        }
    }

    /**
     * One quiz item: tries so far, whether the first try was right, hints taken, whether the answer was
     * revealed, whether it has been answered right, whether its value was seen (on a later step, in the errata, by
     * auto-play) before it was answered right, and when the learner last did something to it (null when unknown).
     * Update has no clock: the loop stamps the time when it sees the item change (see Stamps).
     */
    public record Item(int attempts, boolean firstTryRight, int hints, boolean revealed, boolean right, boolean seen,
                       Instant last) {
        public static final Item NEW = new Item(0, false, 0, false, false, false, null);

        public Item(int attempts, boolean firstTryRight, int hints, boolean revealed, boolean right) {
            this(attempts, firstTryRight, hints, revealed, right, false, null);
        }

        public Item(int attempts, boolean firstTryRight, int hints, boolean revealed, boolean right, Instant last) {
            this(attempts, firstTryRight, hints, revealed, right, false, last);
        }

        public Item answered(boolean correct) {
            return new Item(attempts + 1, attempts == 0 ? correct : firstTryRight, hints, revealed, right || correct, seen, last);
        }

        public Item hinted() {
            return new Item(attempts, firstTryRight, hints + 1, revealed, right, seen, last);
        }

        public Item shown() {
            return new Item(attempts, firstTryRight, hints, true, right, seen, last);
        }

        /** The value was on screen while the item was still open: a right answer after this is no longer the learner's own. */
        public Item seenOpen() {
            if (right || revealed || seen) return this;
            return new Item(attempts, firstTryRight, hints, revealed, right, true, last);
        }

        public Item at(Instant time) {
            return new Item(attempts, firstTryRight, hints, revealed, right, seen, time);
        }

        /** Wrong answers typed: every try but the one that was right. */
        public int wrongTries() {
            return right ? Math.max(0, attempts - 1) : attempts;
        }

        /** The same record, whenever it was made. */
        public boolean sameAs(Item other) {
            return attempts == other.attempts && firstTryRight == other.firstTryRight && hints == other.hints
                    && revealed == other.revealed && right == other.right && seen == other.seen;
        }

        Item mergedOver(Item disk) {
            boolean first = disk.attempts > 0 ? disk.firstTryRight : firstTryRight;
            return new Item(Math.max(attempts, disk.attempts), first, Math.max(hints, disk.hints), revealed || disk.revealed,
                    right || disk.right, seen || disk.seen, latest(last, disk.last));
        }
    }

    static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}

package tutor.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tutor.engine.EngineException;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/**
 * The sandbox's history as a value: the setup in view, the one before the last edit (so the screen can mark
 * old → new until the next edit), undo and redo stacks, and the lesson's own setup to reset to (itself undoable).
 */
public record Sandbox(Setup original, Setup current, Setup before, List<Setup> undoStack, List<Setup> redoStack, Trace trace,
                      Trace previous) {

    public Sandbox {
        undoStack = List.copyOf(undoStack);
        redoStack = List.copyOf(redoStack);
    }

    public static Sandbox of(Setup setup) {
        return new Sandbox(setup, setup, null, List.of(), List.of(), setup.trace(), null);
    }

    /**
     * The sandbox after an edit, or an EngineException when the engine cannot work the new numbers (an overflow):
     * the caller keeps the old sandbox and says why.
     */
    public Sandbox edit(Setup next) {
        if (next.equals(current)) return this;
        Trace t = next.trace();
        List<Setup> u = new ArrayList<>(undoStack);
        u.add(current);
        return new Sandbox(original, next, current, u, List.of(), t, trace);
    }

    public boolean canUndo() { return !undoStack.isEmpty(); }

    public boolean canRedo() { return !redoStack.isEmpty(); }

    /** The edits made and not undone. */
    public int edits() { return undoStack.size(); }

    public Sandbox undo() {
        if (undoStack.isEmpty()) return this;
        Setup back = undoStack.get(undoStack.size() - 1);
        List<Setup> r = new ArrayList<>(redoStack);
        r.add(current);
        return new Sandbox(original, back, current, undoStack.subList(0, undoStack.size() - 1), r, back.trace(), trace);
    }

    public Sandbox redo() {
        if (redoStack.isEmpty()) return this;
        Setup again = redoStack.get(redoStack.size() - 1);
        List<Setup> u = new ArrayList<>(undoStack);
        u.add(current);
        return new Sandbox(original, again, current, u, redoStack.subList(0, redoStack.size() - 1), again.trace(), trace);
    }

    /** Back to the lesson's own numbers, as one more edit (so undo brings the edits back). */
    public Sandbox reset() {
        return edit(original);
    }

    /** The value of a quantity before the last edit, or null when it did not change (or there was no edit). */
    public Double was(String key) {
        if (previous == null || !previous.has(key) || !trace.has(key)) return null;
        double old = previous.value(key);
        return old == trace.value(key) ? null : old;
    }

    /** Every traced quantity whose value the last edit changed. */
    public Set<String> changed() {
        Set<String> out = new TreeSet<>();
        if (previous == null) return out;
        for (Quantity q : trace.quantities()) if (was(q.key()) != null) out.add(q.key());
        return out;
    }

    /** The given numbers the last edit changed, with their old values. */
    public Map<String, Double> changedNumbers() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (before == null) return out;
        for (Row row : Row.of(current.network())) {
            if (row.kind() != Row.Kind.NUMBER) continue;
            double old = before.number(row.key());
            if (old != current.number(row.key())) out.put(row.key(), old);
        }
        return out;
    }

    /** Whether an edit could be worked at all (no overflow); the message says why not. */
    public static String unworkable(Setup next) {
        try {
            next.trace();
            return null;
        } catch (EngineException e) {
            return e.getMessage();
        }
    }
}

package tutor.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every intermediate quantity of one training step, by key, in the order it was worked. */
public final class Trace {
    private final Network network;
    private final Example example;
    private final Precision precision;
    private final Map<String, Double> parameters;
    private final Map<String, Quantity> quantities;
    private Map<String, List<String>> users; // key -> quantities that depend on it directly; built when first asked

    Trace(Network network, Example example, Precision precision, Map<String, Double> parameters,
          Map<String, Quantity> quantities) {
        this.network = network;
        this.example = example;
        this.precision = precision;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }

    public Network network() { return network; }

    public Example example() { return example; }

    public Precision precision() { return precision; }

    /** The parameters before the update. */
    public Map<String, Double> parameters() { return parameters; }

    public List<Quantity> quantities() { return new ArrayList<>(quantities.values()); }

    public boolean has(String key) { return quantities.containsKey(key); }

    public Quantity get(String key) {
        Quantity q = quantities.get(key);
        if (q == null) throw new IllegalArgumentException("no traced quantity " + key);
        return q;
    }

    public double value(String key) { return get(key).value(); }

    /** How a quantity is shown (its result), for the ranges of formulas over shown numbers. */
    public Interval shownRange(String key) {
        return Numbers.range(get(key).result());
    }

    /**
     * Every quantity whose value gives this one away: those computed from it, directly or through others. While
     * a quantity is asked, none of these may be shown.
     */
    public synchronized Set<String> dependents(String key) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            for (String u : users(todo.pop())) if (out.add(u)) todo.push(u);
        }
        return out;
    }

    /** The quantities computed from this one directly: those whose working shows its value. */
    public synchronized List<String> users(String key) {
        if (users == null) {
            users = new HashMap<>();
            for (Quantity q : quantities.values()) {
                for (String d : q.dependsOn()) users.computeIfAbsent(d, k -> new ArrayList<>()).add(q.key());
            }
        }
        return users.getOrDefault(key, List.of());
    }

    /**
     * A quantity's working as a hint shows it: as its line does, but with the quantities not to be shown written as
     * their symbols (max(0, z_H2) while z_H2 would give the answer away).
     */
    public String working(String key, Notation n, int depth, java.util.function.Predicate<String> hidden) {
        Quantity q = get(key);
        // Where the written-out form shows the numbers already, a numbers form that would fall back to a hidden
        // quantity's symbol (0.8 − η·∂L/∂w after 0.8 − 0.1 × (−0.122)) is left out rather than go back to letters.
        boolean fallsBack = q.expanded() != null && q.dependsOn().stream().anyMatch(hidden);
        String numbers = fallsBack ? q.symbols()
                : ExprText.numbers(q.formula(), k -> hidden.test(k) ? get(k).symbol() : get(k).result());
        String expanded = q.expanded() == null ? null
                : ExprText.expanded(q.formula(), k -> hidden.test(k) ? get(k).symbol() : get(k).result(), k -> get(k).formula());
        return new Quantity(q.key(), q.section(), q.value(), q.symbol(), q.definition(), q.formula(), q.symbols(), expanded,
                numbers, q.approximate(), q.result(), q.factors(), q.paths(), q.dependsOn()).working(n, depth);
    }

    /** Every quantity this one is computed from, directly or through others. */
    public Set<String> ancestors(String key) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            Quantity q = quantities.get(todo.pop());
            if (q == null) continue;
            for (String d : q.dependsOn()) if (out.add(d)) todo.push(d);
        }
        return out;
    }

    /** The parameters after the update, ready for the next step. */
    public Map<String, Double> updatedParameters() {
        Map<String, Double> next = new LinkedHashMap<>();
        for (String id : parameters.keySet()) next.put(id, value("new:" + id));
        return next;
    }

    /** The value of a given number: a parameter (before the update), an input or a target; null if none. */
    public Double given(String id) {
        if (parameters.containsKey(id)) return parameters.get(id);
        if (example.inputs().containsKey(id)) return example.inputs().get(id);
        return example.targets().get(id);
    }
}

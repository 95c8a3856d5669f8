package tutor.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** One training example: a value for every input and a target for every output. */
public record Example(String name, Map<String, Double> inputs, Map<String, Double> targets) {
    public Example {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}

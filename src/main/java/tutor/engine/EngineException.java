package tutor.engine;

/** A computation that cannot give a number (NaN or infinity), with where it came from. */
public final class EngineException extends RuntimeException {
    private final String key;

    public EngineException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The key of the quantity that failed, e.g. "loss" or "z:h1". */
    public String key() { return key; }
}

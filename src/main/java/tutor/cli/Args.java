package tutor.cli;

import java.util.ArrayList;
import java.util.List;

/** Hand-parsed command line: a command word, positional words and --flags (a few; no library needed). */
public final class Args {
    private final List<String> positional = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private final java.util.Map<String, String> values = new java.util.HashMap<>();

    /** Flags that take a value. */
    private static final List<String> WITH_VALUE = List.of("--paper", "--example", "--seed", "--practice", "--port", "--roster",
            "--state", "--bind", "--idle-hours", "--format");

    public static Args parse(String[] argv) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < argv.length; i++) {
            String s = argv[i];
            if (s.startsWith("--") && s.contains("=")) {
                String name = s.substring(0, s.indexOf('='));
                a.values.put(name, s.substring(s.indexOf('=') + 1));
                a.flags.add(name);
            } else if (WITH_VALUE.contains(s)) {
                if (i + 1 >= argv.length) throw new UsageException(s + " needs a value");
                a.values.put(s, argv[++i]);
                a.flags.add(s);
            } else if (s.startsWith("-") && s.length() > 1) {
                a.flags.add(s.equals("-h") ? "--help" : s);
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public List<String> positional() { return positional; }

    public boolean has(String flag) { return flags.contains(flag); }

    public String value(String flag) { return values.get(flag); }

    public int intValue(String flag, int min, int max, int fallback) throws UsageException {
        String v = values.get(flag);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " takes a whole number from " + min + " to " + max + ", not \"" + v + "\"");
        }
    }

    /** Rejects flags a command does not know, so a typo is not silently ignored. */
    public void allow(String... known) throws UsageException {
        List<String> ok = List.of(known);
        for (String f : flags) {
            if (!ok.contains(f)) throw new UsageException("unknown option " + f);
        }
    }

    /** A wrong command line: exit code 2 and a hint. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}

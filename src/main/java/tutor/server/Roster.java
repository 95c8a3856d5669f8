package tutor.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tutor.store.sqlite.ClassDatabase;

/**
 * The teacher's class list: a CSV of id,name[,role], one student a line, with or without a header line. The id is
 * what a student types before @ in ssh; the role is student (the default) or teacher.
 */
public final class Roster {
    private Roster() {}

    /** What ssh accepts as a user name without quoting, and what a teacher would use for a student. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    static final Set<String> ROLES = Set.of("student", "teacher");

    /** A roster that cannot be used; the message names the file and line. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    public static List<ClassDatabase.Student> read(Path file) throws Invalid {
        List<String> lines;
        try {
            if (Files.size(file) > 1 << 20) throw new Invalid(file + ": a roster over 1 MB is not a class list");
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Invalid("cannot read the roster " + file + ": " + tutor.store.Failure.why(e));
        }
        return parse(file.toString(), lines);
    }

    static List<ClassDatabase.Student> parse(String name, List<String> lines) throws Invalid {
        List<ClassDatabase.Student> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (n == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> f = fields(line);
            String where = name + ":" + (n + 1) + ": ";
            if (out.isEmpty() && seen.isEmpty() && f.get(0).equalsIgnoreCase("id")) continue; // the header
            if (f.size() < 2 || f.size() > 3) throw new Invalid(where + "expected id,name or id,name,role; found " + f.size() + " fields");
            String id = f.get(0).strip();
            if (!ID.matcher(id).matches()) {
                throw new Invalid(where + "\"" + clean(id) + "\" cannot be a login id: use letters, digits, '.', '_' or '-' "
                        + "(at most 32, starting with a letter or digit)");
            }
            String key = id.toLowerCase(Locale.ROOT);
            if (!seen.add(key)) throw new Invalid(where + "\"" + id + "\" appears twice");
            String studentName = clean(f.get(1).strip());
            if (studentName.isEmpty()) throw new Invalid(where + "the name of " + id + " is empty");
            String role = f.size() == 3 && !f.get(2).isBlank() ? f.get(2).strip().toLowerCase(Locale.ROOT) : "student";
            if (!ROLES.contains(role)) throw new Invalid(where + "the role \"" + clean(role) + "\" is not student or teacher");
            out.add(new ClassDatabase.Student(id, studentName, role, null, null));
        }
        if (out.isEmpty()) throw new Invalid(name + ": no students in the roster (expected lines of id,name[,role])");
        return out;
    }

    /** CSV fields: commas separate, double quotes enclose a field that has commas or quotes ("" is a quote). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    /** Control characters never reach a terminal or a report. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString().strip();
    }
}

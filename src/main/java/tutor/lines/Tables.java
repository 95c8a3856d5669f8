package tutor.lines;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as drawn for the eye (a header, a rule of ─ under each column, rows aligned to it) read as sentences:
 * "w1: old 0.5, gradient minus 0.024, ...". The rule gives each column's place.
 */
final class Tables {
    private Tables() {}

    static boolean isRule(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.chars().allMatch(c -> c == '─' || c == '-' || c == ' ') && s.contains("─") | s.contains("--");
    }

    static boolean isRow(String rule, String line) {
        return !isRule(line) && line.length() <= rule.length() + 12;
    }

    static List<String> read(String header, String rule, List<String> rows) {
        List<int[]> columns = columns(rule);
        List<String> names = cells(header, columns);
        List<String> out = new ArrayList<>();
        for (String row : rows) {
            List<String> cells = cells(row, columns);
            StringBuilder sb = new StringBuilder(cells.get(0)).append(":");
            for (int c = 1; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) continue;
                sb.append(c == 1 ? " " : ", ").append(names.get(c)).append(' ').append(cells.get(c));
            }
            out.add(Speech.of(sb + "."));
        }
        return out;
    }

    /** Each column's start and end (exclusive) from the rule's runs; a column reaches to the next one's start. */
    private static List<int[]> columns(String rule) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < rule.length()) {
            while (i < rule.length() && rule.charAt(i) == ' ') i++;
            if (i >= rule.length()) break;
            int start = i;
            while (i < rule.length() && rule.charAt(i) != ' ') i++;
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** The text of each column: from the end of the column before to the end of this one (numbers align right). */
    private static List<String> cells(String line, List<int[]> columns) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int from = c == 0 ? 0 : columns.get(c - 1)[1];
            int to = c == columns.size() - 1 ? line.length() : columns.get(c)[1];
            out.add(from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).strip());
        }
        return out;
    }
}

package vn.gnbv.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL file read as text, for what the compiled rules do not say: where each rule is written, the
 * parameters its conditions name, the fact types it matches and inserts. Comments are blanked (lines
 * and columns kept); so are string literals in {@link #code()}, for the scan of what DRL may call.
 */
final class DrlText {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
    private static final Pattern PARAM_NAME = Pattern.compile("\\b(name|group)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern NOT_PARAM = Pattern.compile("\\bnot\\s+Param\\(");
    private static final Pattern TYPE = Pattern.compile("(?<![.\\w])([A-Z][A-Za-z0-9_]*)\\s*\\(");
    /** What a consequence inserts: the type named first, its package left out ("insert(new x.y.Type(…" is Type). */
    private static final Pattern INSERTED = Pattern.compile("\\binsert(?:Logical)?\\(\\s*(?:new\\s+)?(?:[a-z_][A-Za-z0-9_]*\\.)*([A-Z][A-Za-z0-9_]*)");
    /**
     * A household's indicator record (HouseholdFact.indicators(): the IndicatorStates of one session,
     * kept in one object rather than inserted): a rule that puts a state there makes IndicatorState,
     * as an insert would; a rule that reads the record otherwise matches IndicatorState.
     */
    private static final Pattern RECORD_PUT = Pattern.compile("\\.indicators\\(\\)\\.put\\(\\s*(?:new\\s+)?([A-Z][A-Za-z0-9_]*)");
    private static final Pattern RECORD_READ = Pattern.compile("\\.indicators\\(\\)(?!\\.put\\()");
    static final String RECORD_TYPE = "IndicatorState";

    /** One rule's text: name, line, conditions, consequence, and its whole text (whitespace folded). */
    record Rule(String name, int line, String lhs, String rhs, String text, String comment) {
        /** Parameter names (name == "…") and groups (group == "…") named in Param patterns. */
        List<String> parameters() {
            Set<String> out = new LinkedHashSet<>();
            int i = 0;
            while ((i = lhs.indexOf("Param(", i)) >= 0) {
                int end = DrlText.close(lhs, i + 5);
                Matcher m = PARAM_NAME.matcher(lhs.substring(i, end));
                while (m.find()) out.add(m.group(2));
                i = end;
            }
            return List.copyOf(out);
        }

        /** Parameters a rule tests for absence (`not Param(name == "…")`): it applies while they have no value. */
        List<String> absentParameters() {
            Set<String> out = new LinkedHashSet<>();
            Matcher n = NOT_PARAM.matcher(lhs);
            while (n.find()) {
                int i = n.end() - "Param(".length();
                Matcher m = PARAM_NAME.matcher(lhs.substring(i, DrlText.close(lhs, i + 5)));
                while (m.find()) out.add(m.group(2));
            }
            return List.copyOf(out);
        }

        /** Where each parameter name is written, for an error on a name that does not exist. */
        List<int[]> parameterOffsets() {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            while ((i = lhs.indexOf("Param(", i)) >= 0) {
                int end = DrlText.close(lhs, i + 5);
                Matcher m = PARAM_NAME.matcher(lhs.substring(i, end));
                while (m.find()) out.add(new int[]{i + m.start(2), m.group(2).length()});
                i = end;
            }
            return out;
        }

        Set<String> matchedTypes() {
            Set<String> out = new LinkedHashSet<>();
            Matcher m = TYPE.matcher(lhs);
            while (m.find()) out.add(m.group(1));
            if (RECORD_READ.matcher(lhs).find() || RECORD_READ.matcher(rhs).find()) out.add(RECORD_TYPE);
            return out;
        }

        /** The types the consequence inserts as facts. */
        Set<String> insertedTypes() {
            Set<String> out = new LinkedHashSet<>();
            Matcher m = INSERTED.matcher(rhs);
            while (m.find()) out.add(m.group(1));
            return out;
        }

        /** The types the consequence makes: inserted, or put in the household's indicator record. */
        Set<String> madeTypes() {
            Set<String> out = insertedTypes();
            Matcher r = RECORD_PUT.matcher(rhs);
            while (r.find()) out.add(r.group(1));
            return out;
        }
    }

    private final String original;
    private final String noComments;
    private final String code;
    /** Computed once, when first needed: the text's lines, where each line starts. */
    private String[] lines;
    private int[] lineStarts;

    DrlText(String text) {
        this.original = text;
        String[] blanked = blank(text);
        this.noComments = blanked[0];
        this.code = blanked[1];
    }

    /** The text with comments blanked. */
    String noComments() {
        return noComments;
    }

    /** The text with comments and string literals blanked: what runs. */
    String code() {
        return code;
    }

    List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        Matcher m = RULE.matcher(noComments);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[]{m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k)[0], bodyFrom = starts.get(k)[1];
            int limit = k + 1 < starts.size() ? starts.get(k + 1)[0] : noComments.length();
            String body = noComments.substring(bodyFrom, limit);
            Matcher w = WHEN.matcher(body), t = THEN.matcher(body), e = END.matcher(body);
            int when = w.find() ? w.end() : 0;
            int then = body.length(), thenEnd = body.length();
            if (t.find(when)) {
                then = t.start();
                thenEnd = t.end();
            }
            int end = e.find(thenEnd) ? e.start() : body.length();
            String lhs = body.substring(Math.min(when, then), then);
            String rhs = body.substring(Math.min(thenEnd, end), end);
            String text = original.substring(start, Math.min(limit, bodyFrom + end)).replaceAll("\\s+", " ").trim();
            int line = lineOf(start + leading(noComments, start));
            out.add(new Rule(names.get(k), line, lhs, rhs, text, commentAbove(line)));
        }
        return out;
    }

    /** The `//` comment lines right above a line (the clause a rule quotes), without the slashes. */
    String commentAbove(int line) {
        if (lines == null) lines = original.split("\n", -1);
        int i = line - 2;
        List<String> out = new ArrayList<>();
        while (i >= 0 && lines[i].trim().startsWith("//")) {
            out.add(0, lines[i].trim().replaceFirst("^//\\s?", ""));
            i--;
        }
        return String.join("\n", out);
    }

    /** Line of a character offset, 1-based. */
    int lineOf(int offset) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < original.length(); i++) if (original.charAt(i) == '\n') starts.add(i + 1);
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int k = java.util.Arrays.binarySearch(lineStarts, Math.min(offset, original.length()));
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** Column of a character offset, 1-based. */
    int columnOf(int offset) {
        int nl = original.lastIndexOf('\n', offset - 1);
        return offset - nl;
    }

    private static int leading(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i - from;
    }

    /** The offset just after the parenthesis that closes the one at open. */
    static int close(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i + 1;
        }
        return s.length();
    }

    /** [comments blanked, comments and strings blanked], each the same length as the text. */
    private static String[] blank(String s) {
        StringBuilder a = new StringBuilder(s.length()), b = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '"' && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                boolean closed = j < n && s.charAt(j) == '"';
                j = Math.min(closed ? j + 1 : j, n);
                a.append(s, i, j);
                b.append('"');
                for (int k = i + 1; k < j - (closed ? 1 : 0); k++) b.append(' ');
                if (closed) b.append('"');
                i = j;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') { a.append(' '); b.append(' '); i++; }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int j = s.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                for (int k = i; k < j; k++) {
                    char x = s.charAt(k) == '\n' ? '\n' : ' ';
                    a.append(x);
                    b.append(x);
                }
                i = j;
            } else {
                a.append(c);
                b.append(c);
                i++;
            }
        }
        return new String[]{a.toString(), b.toString()};
    }
}

package vn.gnbv.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON, YAML or CSV syntax error in gnbv's words: the parser's English problem (Jackson's
 * {@code getOriginalMessage()}, SnakeYAML's {@code getProblem()}) matched to a sentence of the error
 * catalogue ({@code syntax.*}), with what was found and, for an unclosed bracket, where it opened.
 * A problem not recognised keeps the parser's own words (code {@code syntax}, argument detail).
 * The patterns are the parsers' messages as of Jackson 2.21 and SnakeYAML 2 (checked by
 * SyntaxProblemTest on real parser output).
 */
public final class SyntaxProblem {
    private SyntaxProblem() {}

    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
    private static final Pattern OPENED_AT = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern JSON_ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'");
    private static final Pattern YAML_ESCAPE = Pattern.compile("found unknown escape character (.)");
    private static final Pattern YAML_START = Pattern.compile("found character '(.*?)' that cannot start any token");
    private static final Pattern YAML_FOUND = Pattern.compile("but found '([\\]}])'");
    private static final Pattern NOISE = Pattern.compile("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:.*?\\]\\)");

    /** The error at a place for a parser's problem text (null or empty: not recognised, the generic sentence). */
    public static InputError at(Location where, String problem) {
        String p = problem == null ? "" : problem;
        List<Object> args = new ArrayList<>();
        String code = code(p, args);
        if (code == null) {
            code = "syntax";
            args.add("detail");
            args.add(NOISE.matcher(p).replaceAll("").lines().findFirst().orElse("").strip());
        }
        return InputError.of(where, code, args.toArray());
    }

    private static String code(String p, List<Object> args) {
        Matcher m;
        // JSON (Jackson)
        if (p.contains("Unexpected end-of-input")) return unclosed(p, args);
        if ((m = CLOSE.matcher(p)).find()) {
            add(args, "found", m.group(1), "expected", m.group(2));
            Matcher at = OPENED_AT.matcher(p);
            if (!at.find()) return "syntax.json.wrong-close";
            add(args, "openLine", at.group(1), "openColumn", at.group(2));
            return "syntax.json.wrong-close-at";
        }
        if ((m = TOKEN.matcher(p)).find()) {
            add(args, "found", m.group(1));
            return "syntax.json.not-a-value";
        }
        if ((m = JSON_ESCAPE.matcher(p)).find() || (m = YAML_ESCAPE.matcher(p)).find()) {
            add(args, "found", m.group(1));
            return "syntax.escape";
        }
        if (p.contains("Leading zeroes not allowed")) return "syntax.json.leading-zero";
        if (p.contains("maybe a (non-standard) comment")) return "syntax.json.comment";
        // CSV (Jackson)
        if (p.contains("Missing closing quote")) return "syntax.csv.unclosed-quote";
        if ((m = CHARACTER.matcher(p)).find()) {
            String found = shown(m.group(1), Integer.parseInt(m.group(2)));
            if (p.contains("Expected column separator")) {
                add(args, "found", found);
                return "syntax.csv.after-quote";
            }
            if (found.equals("'")) return "syntax.json.single-quote";
            add(args, "found", found);
            if (p.contains("double-quote to start field name")) {
                return found.equals("}") ? "syntax.json.trailing-comma" : "syntax.json.unquoted-name";
            }
            if (p.contains("comma to separate")) return "syntax.json.missing-comma";
            if (p.contains("colon to separate")) return "syntax.json.missing-colon";
            if (p.contains("expected a valid value")) return found.equals("]") ? "syntax.json.trailing-comma" : "syntax.json.not-a-value";
            return "syntax.unexpected-character";
        }
        // YAML (SnakeYAML)
        if (p.contains("tab character") || p.contains("'\\t(TAB)'")) return "syntax.yaml.tab";
        if ((m = YAML_START.matcher(p)).find()) {
            add(args, "found", m.group(1));
            return "syntax.yaml.reserved-start";
        }
        if (p.contains("could not find expected ':'")) return "syntax.yaml.missing-colon";
        if (p.contains("mapping values are not allowed here")) return "syntax.yaml.colon-in-value";
        if (p.contains("<stream end>") || p.contains("unexpected end of stream")) return "syntax.unexpected-end";
        if ((m = YAML_FOUND.matcher(p)).find()) {
            add(args, "found", m.group(1));
            return "syntax.unexpected-character";
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected key")
                || p.contains("did not find expected '-' indicator")) return "syntax.yaml.indentation";
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) return "syntax.yaml.flow";
        return null;
    }

    private static String unclosed(String p, List<Object> args) {
        Matcher at = OPENED_AT.matcher(p);
        if (!at.find()) return "syntax.unexpected-end";
        add(args, "openLine", at.group(1), "openColumn", at.group(2));
        return "syntax.unclosed";
    }

    /** A character as a person can read it: control characters by their code. */
    private static String shown(String c, int code) {
        return code < 32 || code == 127 ? "U+" + String.format("%04X", code) : c;
    }

    private static void add(List<Object> args, Object... kv) {
        args.addAll(List.of(kv));
    }
}

package vn.gnbv.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Reads YAML or JSON with Jackson's streaming parser: as {@link Tokens} for rosters (never held
 * whole), or into {@link Node} trees that keep line and column for small files (parameters,
 * fixtures, waivers). A file holds one document: a second YAML document or trailing JSON content is
 * an error at its place, never silently ignored.
 */
public final class TreeReader {
    /** SnakeYAML refuses documents over 3 MiB by default; keep a bound, and name it in the error. */
    public static final int YAML_CODE_POINT_LIMIT = 512 * 1024 * 1024;

    /**
     * A key written twice in one object is found by whatever reads the object ({@link Shape}, the
     * facts file's top level, {@link #read}) and reported in words with both places; the parsers'
     * own check stopped the file at the first one, in English, so all that followed went unread
     * (a case file's communes then showed as a dangling reference for every household) — and it cost a set
     * of names per object: a tenth of a roster's reading time.
     */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final YAMLFactory YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YAML_CODE_POINT_LIMIT);
        options.setAllowDuplicateKeys(true); // found by the readers, as for JSON (above)
        YAML = YAMLFactory.builder().loaderOptions(options).build();
    }

    private TreeReader() {}

    public static boolean isJson(Path p) {
        return p.getFileName().toString().toLowerCase().endsWith(".json");
    }

    public static boolean isInputFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** A parser over a file; a stream, not a File: the default rules may sit inside the jar (a zip file system). */
    public static JsonParser open(Path file) throws IOException {
        return (isJson(file) ? JSON : YAML).createParser(Encoding.open(file));
    }

    public static JsonParser open(String text, boolean json) throws IOException {
        return (json ? JSON : YAML).createParser(text);
    }

    /** Reads a whole file as one tree; syntax errors become an {@link InputError}; an empty file is null. */
    public static Node readFile(Path file, String shownName, Errors errors) {
        try (JsonParser p = open(file)) {
            JsonToken t = p.nextToken();
            if (t == null) return new Node.Scalar(new Location(shownName, 1, 1), null);
            Node n = read(p, shownName, errors);
            if (p.nextToken() != null) errors.add(at(p, shownName), "syntax.second-document");
            return n;
        } catch (IOException | RuntimeException e) {
            errors.add(syntaxError(e, shownName, file));
            return null;
        }
    }

    /** Reads text (a fixture's facts) as one tree. */
    public static Node readText(String text, String name, Errors errors) {
        try (JsonParser p = open(text, name.endsWith(".json"))) {
            if (p.nextToken() == null) return new Node.Scalar(new Location(name, 1, 1), null);
            Node n = read(p, name, errors);
            if (p.nextToken() != null) errors.add(at(p, name), "syntax.second-document");
            return n;
        } catch (IOException | RuntimeException e) {
            errors.add(syntaxError(e, name, null));
            return null;
        }
    }

    /**
     * Reads the value at the current token (already advanced to) and everything below it. A key
     * written twice in an object is an error (the first value is the one read).
     */
    static Node read(JsonParser p, String file, Errors errors) throws IOException {
        ParserTokens t = new ParserTokens(p, file);
        return read(t, p.currentToken(), errors);
    }

    private static Node read(ParserTokens t, JsonToken token, Errors errors) throws IOException {
        JsonParser p = t.parser();
        Location at = new Location(t.file(), t.line(), t.column());
        switch (token) {
            case START_OBJECT -> {
                var fields = new LinkedHashMap<String, Node.Field>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Location keyAt = new Location(t.file(), t.line(), t.column());
                    Node value = read(t, p.nextToken(), errors);
                    Node.Field first = fields.putIfAbsent(name, new Node.Field(name, keyAt, value));
                    if (first != null) errors.add(keyAt, "field.duplicate", "field", name, "first", first.keyLocation());
                }
                return new Node.Obj(at, fields);
            }
            case START_ARRAY -> {
                var items = new ArrayList<Node>();
                JsonToken x;
                while ((x = p.nextToken()) != JsonToken.END_ARRAY) items.add(read(t, x, errors));
                return new Node.Arr(at, items);
            }
            default -> {
                boolean alias = t.alias();
                return new Node.Scalar(at, alias ? null : valueOf(p, token), p.getText(), alias);
            }
        }
    }

    private static Object valueOf(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected token " + t);
        };
    }

    static Location at(JsonParser p, String file) {
        var l = p.currentTokenLocation();
        return new Location(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }

    public static Location at(com.fasterxml.jackson.core.JsonLocation l, String file) {
        return new Location(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }

    /**
     * Turns a read failure into one located error in plain words, never a stack trace: a byte that is
     * not UTF-8 at its line and column, a file that is not there or cannot be read, otherwise the
     * parser's problem at its place in gnbv's words ({@link SyntaxProblem}). path (may be null) lets
     * an encoding error be located in the file.
     */
    public static InputError syntaxError(Exception e, String file, Path path) {
        Location at = Location.ofFile(file);
        if (e instanceof java.nio.file.NoSuchFileException) return InputError.of(at, "file.not-found");
        if (e instanceof java.nio.file.AccessDeniedException) return InputError.of(at, "file.unreadable", "detail", "reason.permission-denied");
        if (e instanceof EncodingException enc) return enc.error(file);
        if (path != null && Encoding.isDecodingFailure(e)) {
            InputError located = Encoding.locate(path, file);
            if (located != null) return located;
        }
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            at = at(jpe.getLocation(), file);
            detail = jpe.getOriginalMessage();
        } else if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException me && me.getProblemMark() != null) {
            at = new Location(file, me.getProblemMark().getLine() + 1, me.getProblemMark().getColumn() + 1);
            detail = me.getProblem();
        }
        Throwable c = e.getCause();
        if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException me && me.getProblemMark() != null) {
            at = new Location(file, me.getProblemMark().getLine() + 1, me.getProblemMark().getColumn() + 1);
            detail = me.getProblem();
        }
        if (detail != null && detail.contains("code points")) {
            return InputError.of(at, "syntax.too-large", "limit", YAML_CODE_POINT_LIMIT);
        }
        if (detail != null && (detail.contains("special characters are not allowed") || detail.contains("CTRL-CHAR"))) {
            InputError located = path == null ? null : Encoding.locateControl(path, file);
            return located != null ? located : InputError.of(at, "syntax.control-character");
        }
        return SyntaxProblem.at(at, detail);
    }
}

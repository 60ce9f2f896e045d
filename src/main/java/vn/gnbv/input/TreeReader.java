package vn.gnbv.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
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
 * Reads YAML or JSON with Jackson's streaming parser into {@link Node}s that keep line and column.
 * Large rosters are read one list item at a time (see {@link #openTopLevel}), so a file is never
 * held whole as a tree.
 */
public final class TreeReader {
    /** SnakeYAML refuses documents over 3 MiB by default; keep a bound, and name it in the error. */
    public static final int YAML_CODE_POINT_LIMIT = 512 * 1024 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final YAMLFactory YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YAML_CODE_POINT_LIMIT);
        options.setAllowDuplicateKeys(false);
        YAML = YAMLFactory.builder().loaderOptions(options).build();
    }

    private TreeReader() {}

    public static boolean isInputFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    public static JsonParser open(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase();
        JsonFactory f = n.endsWith(".json") ? JSON : YAML;
        // a stream, not a File: the default rules may sit inside the jar (a zip file system)
        return f.createParser(java.nio.file.Files.newInputStream(file));
    }

    public static JsonParser open(String text, boolean json) throws IOException {
        return (json ? JSON : YAML).createParser(text);
    }

    /** Reads a whole file as one tree; syntax errors become an {@link InputError}. */
    public static Node readFile(Path file, String shownName, Errors errors) {
        try (JsonParser p = open(file)) {
            JsonToken t = p.nextToken();
            if (t == null) return new Node.Scalar(new Location(shownName, 1, 1), null);
            return read(p, shownName);
        } catch (IOException | RuntimeException e) {
            errors.add(syntaxError(e, shownName));
            return null;
        }
    }

    /** Reads the value at the current token (already advanced to) and everything below it. */
    public static Node read(JsonParser p, String file) throws IOException {
        JsonToken t = p.currentToken();
        Location at = at(p.currentTokenLocation(), file);
        switch (t) {
            case START_OBJECT -> {
                var fields = new LinkedHashMap<String, Node.Field>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Location keyAt = at(p.currentTokenLocation(), file);
                    p.nextToken();
                    fields.put(name, new Node.Field(name, keyAt, read(p, file)));
                }
                return new Node.Obj(at, fields);
            }
            case START_ARRAY -> {
                var items = new ArrayList<Node>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, file));
                return new Node.Arr(at, items);
            }
            case VALUE_STRING -> { return new Node.Scalar(at, p.getText()); }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(at, p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? p.getBigIntegerValue() : (Object) p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> { return new Node.Scalar(at, p.getDecimalValue()); }
            case VALUE_TRUE -> { return new Node.Scalar(at, Boolean.TRUE); }
            case VALUE_FALSE -> { return new Node.Scalar(at, Boolean.FALSE); }
            case VALUE_NULL -> { return new Node.Scalar(at, null); }
            default -> throw new IOException("unexpected token " + t);
        }
    }

    public static Location at(JsonLocation l, String file) {
        return new Location(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }

    /** Turns a parser failure into a located error; never a stack trace. */
    public static InputError syntaxError(Exception e, String file) {
        Location at = Location.ofFile(file);
        if (e instanceof java.nio.file.NoSuchFileException) return InputError.of(at, "file.not-found");
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
        detail = detail == null ? "" : detail.lines().findFirst().orElse("");
        return InputError.of(at, "syntax", "detail", detail);
    }
}

package vn.gnbv.facts;

import com.fasterxml.jackson.core.JsonParser;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;
import vn.gnbv.input.Node;
import vn.gnbv.input.NodeTokens;
import vn.gnbv.input.ParserTokens;
import vn.gnbv.input.Tokens;
import vn.gnbv.input.TreeReader;
import vn.gnbv.input.WorkFailure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A YAML or JSON facts file, streamed; or a tree already read (a fixture's facts). One document each. */
public final class TokenDocument implements FactsDocument {
    private final String name;
    private final Path path;
    private final Node tree;
    private final String text;

    private TokenDocument(String name, Path path, Node tree, String text) {
        this.name = name;
        this.path = path;
        this.tree = tree;
        this.text = text;
    }

    public static TokenDocument file(Path path) {
        return new TokenDocument(path.toString(), path, null, null);
    }

    public static TokenDocument tree(Node root) {
        return new TokenDocument(root.location().file(), null, root, null);
    }

    /** Facts given as text (YAML, or JSON when the name ends in .json), named as a file. */
    public static TokenDocument text(String name, String text) {
        return new TokenDocument(name, null, null, text);
    }

    public String name() {
        return name;
    }

    public void read(FactsVisitor v, Errors errors) {
        if (tree != null) {
            try {
                read(new NodeTokens(tree), v, errors);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        try (JsonParser p = text != null ? TreeReader.open(text, name.endsWith(".json")) : TreeReader.open(path)) {
            read(new ParserTokens(p, name), v, errors);
        } catch (WorkFailure e) {
            throw e; // not the file's fault
        } catch (IOException | RuntimeException e) {
            errors.add(TreeReader.syntaxError(e, name, path));
        }
    }

    private static void read(Tokens t, FactsVisitor v, Errors errors) throws IOException {
        if (t.next() == null || t.kind() == Tokens.Kind.SCALAR && t.value() == null && !t.alias()) {
            v.empty(new Location(t.file(), 1, 1));
            return;
        }
        if (t.kind() != Tokens.Kind.START_OBJECT) {
            errors.add(t.location(), "facts.not-a-mapping");
            return;
        }
        Map<String, Location> seen = new HashMap<>();
        while (t.next() == Tokens.Kind.FIELD) {
            String key = t.name();
            Location keyAt = t.location();
            t.next();
            Location first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                errors.add(keyAt, "field.duplicate", "field", key, "first", first);
                t.skip();
                continue;
            }
            v.value(key, keyAt, t);
        }
        if (t.next() != null) errors.add(t.location(), "syntax.second-document");
    }
}

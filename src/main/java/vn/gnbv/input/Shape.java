package vn.gnbv.input;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields an object in an input file may have. Binding checks every field (unknown, missing,
 * wrong type, out of range) and reports all problems, then yields a {@link Bound} or null.
 */
public final class Shape {
    private final String what;
    private final Map<String, Spec> fields = new LinkedHashMap<>();

    private record Spec(Type type, boolean required) {}

    public Shape(String what) {
        this.what = what;
    }

    public Shape required(String name, Type type) {
        fields.put(name, new Spec(type, true));
        return this;
    }

    public Shape optional(String name, Type type) {
        fields.put(name, new Spec(type, false));
        return this;
    }

    public java.util.Set<String> fieldNames() {
        return fields.keySet();
    }

    /** path: where this object sits, for messages ("households[3]"). Null unless every field is right. */
    public Bound bind(Node n, String path, Errors errors) {
        Bound b = bindAll(n, path, errors);
        return b != null && b.valid() ? b : null;
    }

    /** Like {@link #bind}, but keeps the right fields of an object that has wrong ones (not valid). */
    public Bound bindAll(Node n, String path, Errors errors) {
        if (!(n instanceof Node.Obj obj)) {
            errors.add(n.location(), "value.wrong-type", "field", path, "expected", "type.object", "found", n.typeName());
            return null;
        }
        int before = errors.list().size();
        var values = new LinkedHashMap<String, Object>();
        var locations = new LinkedHashMap<String, Location>();
        for (Node.Field f : obj.fields().values()) {
            Spec spec = fields.get(f.name());
            if (spec == null) {
                errors.add(f.keyLocation(), "field.unknown", "field", f.name(), "object", what,
                        "suggestion", Suggest.closest(f.name(), fields.keySet()),
                        "allowed", String.join(", ", fields.keySet()));
                continue;
            }
            locations.put(f.name(), f.value().location());
            if (f.value() instanceof Node.Scalar s && s.value() == null) {
                if (spec.required()) errors.add(f.value().location(), "field.missing", "field", f.name(), "object", what,
                        "expected", spec.type().expected());
                continue;
            }
            Object v = spec.type().convert(f.value(), f.name(), errors);
            if (v != null) values.put(f.name(), v);
        }
        for (var e : fields.entrySet()) {
            if (e.getValue().required() && !obj.fields().containsKey(e.getKey())) {
                errors.add(obj.location(), "field.missing", "field", e.getKey(), "object", what,
                        "expected", e.getValue().type().expected());
            }
        }
        return new Bound(obj.location(), values, locations, errors.list().size() == before);
    }
}

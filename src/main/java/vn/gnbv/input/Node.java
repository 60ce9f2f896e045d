package vn.gnbv.input;

import java.util.LinkedHashMap;
import java.util.List;

/** A parsed YAML/JSON value that remembers where it was written. */
public sealed interface Node {
    Location location();

    /** A name in the facts' own words: "object", "list", "text", "whole number", … (catalogue keys). */
    String typeName();

    record Field(String name, Location keyLocation, Node value) {}

    record Obj(Location location, LinkedHashMap<String, Field> fields) implements Node {
        public String typeName() { return "type.object"; }
    }

    record Arr(Location location, List<Node> items) implements Node {
        public String typeName() { return "type.list"; }
    }

    /**
     * value is String, Long, java.math.BigInteger, java.math.BigDecimal, Boolean or null; text is the
     * scalar as written; alias marks a YAML alias (*name), which is not a value.
     */
    record Scalar(Location location, Object value, String text, boolean alias) implements Node {
        public Scalar(Location location, Object value) {
            this(location, value, value == null ? null : value.toString(), false);
        }

        public String typeName() {
            return Type.typeName(value);
        }
    }
}

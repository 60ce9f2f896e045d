package vn.gnbv.waivers;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Node;
import vn.gnbv.input.Shape;
import vn.gnbv.input.TreeReader;
import vn.gnbv.input.Type;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads a waiver file (strict: every field required, errors with file and line) and applies it. */
public final class Waivers {
    private static final Shape WAIVER = new Shape("waiver")
            .required("rule", Type.TEXT)
            .optional("subject", Type.TEXT)
            .optional("unit", Type.TEXT)
            .required("justification", Type.TEXT)
            .required("decision", Type.TEXT)
            .required("expires", Type.DATE);

    private Waivers() {}

    public static List<Waiver> load(Path file) throws InputException {
        Errors errors = new Errors();
        Node root = TreeReader.readFile(file, file.toString(), errors);
        List<Waiver> out = new ArrayList<>();
        Node list = root;
        if (root instanceof Node.Obj obj) {
            Node.Field w = obj.fields().get("waivers");
            for (Node.Field f : obj.fields().values()) {
                if (!f.name().equals("waivers")) {
                    errors.add(f.keyLocation(), "field.unknown", "field", f.name(), "object", "waiver file",
                            "suggestion", "", "allowed", "waivers");
                }
            }
            list = w == null ? null : w.value();
            if (w == null) errors.add(obj.location(), "field.missing", "field", "waivers", "object", "waiver file", "expected", "type.list");
        }
        if (list instanceof Node.Arr arr) {
            for (Node n : arr.items()) {
                Bound b = WAIVER.bind(n, "waivers[]", errors);
                if (b == null) continue;
                if (!b.has("subject") && !b.has("unit")) {
                    errors.add(b.location(), "field.missing", "field", "subject | unit", "object", "waiver", "expected", "type.text");
                    continue;
                }
                out.add(new Waiver(b.text("rule"), b.text("subject"), b.text("unit"), b.text("justification"),
                        b.text("decision"), b.date("expires"), b.location()));
            }
        } else if (list != null) {
            errors.add(list.location(), "value.wrong-type", "field", "waivers", "expected", "type.list", "found", list.typeName());
        }
        errors.throwIfAny(InputKind.FACTS);
        return out;
    }
}

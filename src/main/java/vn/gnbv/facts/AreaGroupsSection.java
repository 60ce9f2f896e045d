package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.util.List;

/** `areaGroups`: groups of areas a report gives poverty rates for (unit "group:<id>"). */
final class AreaGroupsSection implements Section<AreaGroup> {
    private static final Shape SHAPE = new Shape("areaGroup")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .required("kind", Type.oneOf(Words.array(Words.AREA_KINDS)))
            .optional("note", Type.TEXT);

    public String name() { return "areaGroups"; }

    public Shape shape() { return SHAPE; }

    public AreaGroup bind(Bound b, Binding x) {
        return b.valid() ? new AreaGroup(b.text("id"), b.text("name"), b.text("kind"), b.location()) : null;
    }

    public List<AreaGroup> finish(List<AreaGroup> items, Case c, Errors errors) {
        Unique.check("areaGroup", items, AreaGroup::id, AreaGroup::source, errors);
        return items;
    }
}

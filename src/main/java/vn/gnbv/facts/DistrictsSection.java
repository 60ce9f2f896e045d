package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.util.List;

/** `districts`: the districts (huyện) of the case, as of its date. */
final class DistrictsSection implements Section<District> {
    private static final Shape SHAPE = new Shape("district")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .optional("mountainous", Type.BOOLEAN)
            .optional("poorDistrict", Type.BOOLEAN);

    public String name() { return "districts"; }

    public Shape shape() { return SHAPE; }

    public District bind(Bound b, Binding x) {
        return b.valid() ? new District(b.text("id"), b.text("name"), b.bool("mountainous"), b.bool("poorDistrict"),
                b.location()) : null;
    }

    public List<District> finish(List<District> items, Case c, Errors errors) {
        Unique.check("district", items, District::id, District::source, errors);
        return items;
    }
}

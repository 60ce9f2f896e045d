package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

/** `staffing`: poverty-reduction officers of a unit. */
final class StaffingSection implements Section<Staffing> {
    private static final Shape SHAPE = new Shape("staffing")
            .required("unit", Type.TEXT)
            .required("povertyStaff", Type.whole(0, 1_000_000))
            .optional("note", Type.TEXT);

    public String name() { return "staffing"; }

    public Shape shape() { return SHAPE; }

    public Staffing bind(Bound b, Binding x) {
        if (b.has("unit")) x.check(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        return b.valid() ? new Staffing(b.text("unit"), b.whole("povertyStaff"), b.location()) : null;
    }
}

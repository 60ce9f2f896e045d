package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.util.List;

/** `counterparts`: local counterpart money (vốn đối ứng) of a unit for a year. */
final class CounterpartsSection implements Section<Counterpart> {
    private static final Shape SHAPE = new Shape("counterpart")
            .required("unit", Type.TEXT)
            .required("year", Type.whole(2000, 2100))
            .optional("required", Type.whole(0, Words.MAX_VND))
            .required("allocated", Type.whole(0, Words.MAX_VND))
            .optional("basis", Type.TEXT)
            .optional("note", Type.TEXT);

    public String name() { return "counterparts"; }

    public Shape shape() { return SHAPE; }

    public boolean intoRules() { return true; }

    public Counterpart bind(Bound b, Binding x) {
        if (b.has("unit")) x.check(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (!b.valid()) return null;
        return new Counterpart(b.text("unit"), b.whole("year").intValue(), b.whole("required"), b.whole("allocated"),
                b.text("basis"), null, b.location());
    }

    public List<Counterpart> finish(List<Counterpart> items, Case c, Errors errors) {
        Unique.check("counterpart", items, k -> k.unit() + " " + k.year(), Counterpart::source, errors);
        return items.stream().map(k -> k.withDistrict(c.districtOf(k.unit()))).toList();
    }
}

package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.util.List;

/** `funds`: capital lines of the programme (DOMAIN.md §4), with their amounts' own consistency. */
final class FundsSection implements Section<Fund> {
    private static final Shape SHAPE = new Shape("fund")
            .required("id", Type.ID)
            .required("planYear", Type.whole(2000, 2100))
            .optional("originYear", Type.whole(2000, 2100))
            .optional("budget", Type.oneOf("central", "provincial", "district", "commune"))
            .required("kind", Type.oneOf("investment", "recurrent"))
            .optional("project", Type.oneOf(Words.array(Words.PROJECTS)))
            .required("unit", Type.TEXT)
            .required("planned", Type.whole(0, Words.MAX_VND))
            .optional("allocated", Type.whole(0, Words.MAX_VND))
            .optional("disbursed", Type.whole(0, Words.MAX_VND))
            .optional("addedOn", Type.DATE)
            .optional("disburseBy", Type.DATE)
            .optional("extensionBasis", Type.TEXT)
            .optional("allocateBy", Type.DATE)
            .optional("allocationBasis", Type.TEXT)
            .optional("note", Type.TEXT);

    public String name() { return "funds"; }

    public Shape shape() { return SHAPE; }

    public boolean intoRules() { return true; }

    public Fund bind(Bound b, Binding x) {
        if (b.has("unit")) x.check(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (!b.valid()) return null;
        Errors errors = x.errors();
        int plan = b.whole("planYear").intValue();
        int origin = b.has("originYear") ? b.whole("originYear").intValue() : plan;
        long planned = b.whole("planned");
        long allocated = b.has("allocated") ? b.whole("allocated") : 0L;
        long disbursed = b.has("disbursed") ? b.whole("disbursed") : 0L;
        boolean ok = true;
        if (origin > plan) {
            errors.add(b.at("originYear"), "fund.origin-after-plan", "origin", origin, "plan", plan);
            ok = false;
        }
        if (allocated > planned) {
            errors.add(b.at("allocated"), "fund.allocated-above-planned", "allocated", allocated, "planned", planned);
            ok = false;
        }
        if (disbursed > allocated) {
            errors.add(b.at("disbursed"), "fund.disbursed-above-allocated", "disbursed", disbursed, "allocated", allocated);
            ok = false;
        }
        if (b.has("disburseBy") && !b.has("extensionBasis")) {
            errors.add(b.at("disburseBy"), "field.missing", "field", "extensionBasis", "object", "fund",
                    "expected", "type.text");
            ok = false;
        }
        if (!ok) return null;
        return new Fund(b.text("id"), plan, origin, b.text("budget"), b.text("kind"), b.text("project"),
                b.text("unit"), planned, allocated, disbursed, b.date("addedOn"), b.date("disburseBy"),
                b.text("extensionBasis"), b.date("allocateBy"), b.text("allocationBasis"), null, b.location());
    }

    public List<Fund> finish(List<Fund> items, Case c, Errors errors) {
        Unique.check("fund", items, Fund::id, Fund::source, errors);
        return items.stream().map(f -> f.withDistrict(c.districtOf(f.unit()))).toList();
    }
}

package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.util.List;

/** `insuranceFunding`: money a unit has to pay the insurer for a group's cards in a year. */
final class InsuranceFundingSection implements Section<InsuranceFunding> {
    private static final Shape SHAPE = new Shape("insuranceFunding")
            .required("unit", Type.TEXT)
            .required("year", Type.whole(2000, 2100))
            .required("group", Type.oneOf(Words.array(Words.SUPPORT_GROUPS)))
            .required("amount", Type.whole(0, Words.MAX_VND))
            .optional("basis", Type.TEXT)
            .optional("note", Type.TEXT);

    public String name() { return "insuranceFunding"; }

    public Shape shape() { return SHAPE; }

    public boolean intoRules() { return true; }

    public InsuranceFunding bind(Bound b, Binding x) {
        if (b.has("unit")) x.check(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (!b.valid()) return null;
        return new InsuranceFunding(b.text("unit"), b.whole("year").intValue(), b.text("group"), b.whole("amount"),
                b.text("basis"), null, b.location());
    }

    public List<InsuranceFunding> finish(List<InsuranceFunding> items, Case c, Errors errors) {
        Unique.check("insuranceFunding", items, k -> k.unit() + " " + k.year() + " " + k.group(),
                InsuranceFunding::source, errors);
        return items.stream().map(k -> k.withDistrict(c.districtOf(k.unit()))).toList();
    }
}

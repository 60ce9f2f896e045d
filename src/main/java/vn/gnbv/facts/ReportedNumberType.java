package vn.gnbv.facts;

import vn.gnbv.input.Errors;
import vn.gnbv.input.Tokens;
import vn.gnbv.input.Type;

import java.io.IOException;
import java.math.BigDecimal;

/** A reported number: a YAML/JSON number, or the report's own notation ("1.271,096 tỷ đồng"). */
final class ReportedNumberType implements Type {
    static final Type INSTANCE = new ReportedNumberType();

    public Object read(Tokens t, String field, Errors errors) throws IOException {
        if (t.kind() == Tokens.Kind.SCALAR && !t.alias()) {
            Object v = t.value();
            if (v instanceof Number) {
                BigDecimal d = new BigDecimal(t.text());
                return new ReportNumber(d, Math.max(0, d.scale()), null);
            }
            if (v instanceof String s) {
                ReportNumber r = ReportNumber.parse(s);
                if (r != null) return r;
                errors.add(t.location(), "figure.unreadable", "field", field, "value", s);
                return null;
            }
        }
        return Type.wrong(t, field, expected(), errors);
    }

    public String expected() { return "type.reported-number"; }
}

package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.parameters.Param;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static vn.gnbv.output.XlsxBook.Column;

/**
 * The parameters the findings of a run relied on, gathered as the findings stream past (as many
 * entries as parameters and values, never as findings): name, value, unit, citation, confidence,
 * the date the value applies from, and how many findings used it. Shown after the findings, so a
 * reader sees which numbers the conclusions stand on and which of them are unconfirmed.
 */
final class UsedParameters {
    /** One parameter value and the findings that used it. */
    record Entry(String name, Object value, String unit, String ref, String confidence, LocalDate from, long findings) {
        boolean unconfirmed() {
            return confidence != null && !confidence.equals("confirmed");
        }
    }

    private final Map<String, Object[]> seen = new TreeMap<>();

    void add(Finding f) {
        for (UsedParameter p : f.parameters()) {
            Object[] e = seen.computeIfAbsent(p.name() + "\u0000" + p.value(), k -> new Object[]{p, 0L});
            e[1] = (Long) e[1] + 1;
        }
    }

    List<Entry> entries(CheckReport r) {
        List<Entry> out = new ArrayList<>();
        for (Object[] e : seen.values()) {
            UsedParameter p = (UsedParameter) e[0];
            Param in = r.parameters().byName().get(p.name());
            boolean same = in != null && Objects.equals(String.valueOf(in.value()), String.valueOf(p.value()));
            out.add(new Entry(p.name(), p.value(), in == null ? null : in.unit(), p.ref(), p.confidence(),
                    same ? in.from() : null, (Long) e[1]));
        }
        return out;
    }

    /** The parameters sheet of the workbook. */
    void sheet(XlsxBook book, CheckReport r) {
        Messages m = r.messages();
        XlsxBook.Sheet sh = book.sheet(m.text("xlsx.sheet.parameters"), List.of(Column.of(m.text("col.parameter"), 48),
                Column.of(m.text("col.value"), 16), Column.of(m.text("col.param-unit"), 22), Column.wrapped(m.text("col.citation"), 60),
                Column.of(m.text("col.confidence"), 18), Column.of(m.text("col.from"), 14), Column.of(m.text("col.findings"), 11)));
        for (Entry e : entries(r)) {
            sh.row(e.name(), cellValue(e.value(), m), e.unit(), e.ref(),
                    m.text("confidence." + (e.confidence() == null ? "confirmed" : e.confidence())), e.from(), e.findings());
        }
        sh.finish();
    }

    /** Numbers and dates stay what they are; lists and words as the language writes them. */
    private static Object cellValue(Object v, Messages m) {
        return v instanceof Number || v instanceof LocalDate ? v : v == null ? null : m.value(v);
    }
}

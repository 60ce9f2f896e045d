package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The findings of a report, as they come off disk in their one order (district, unit, …), grouped
 * for a page: districts, each with its units, each with its findings — iterators over the one
 * stream, so a template walks them without the findings ever being held together. At most
 * {@code cap} findings are shown; the rest are read on and counted by district and unit, so the
 * page says what it left out. Every finding, shown or not, adds its parameters to the used ones.
 */
final class FindingGroups {
    /** A finding as the page shows it. */
    record Row(String severity, String severityText, String rule, String subject, String name, String message,
               String amount, Long amountValue, String legalBasis, String source, boolean unconfirmed) {}

    /** Findings left out of the page, by district and unit. */
    record Omitted(String district, String unit, long findings, long errors) {}

    private final Iterator<Finding> source;
    private final int cap;
    private final CheckReport r;
    private final Messages m;
    private final UnitNames names;
    private final UsedParameters used = new UsedParameters();
    private final Map<String, long[]> omitted = new LinkedHashMap<>();
    private final Map<String, String[]> omittedNames = new LinkedHashMap<>();
    private Finding next;
    private long shown, left;
    private boolean drained;

    FindingGroups(CheckReport r, int cap) {
        this.r = r;
        this.source = r.findings();
        this.cap = cap;
        this.m = r.messages();
        this.names = r.units();
        this.next = source.hasNext() ? source.next() : null;
    }

    /** The districts, in order; each a map with "name" and "units". */
    Iterator<Map<String, Object>> districts() {
        return new Iterator<>() {
            public boolean hasNext() {
                return showing();
            }

            public Map<String, Object> next() {
                if (!hasNext()) throw new NoSuchElementException();
                String district = next.district();
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("name", districtName(next));
                d.put("units", units(district));
                return d;
            }
        };
    }

    private Iterator<Map<String, Object>> units(String district) {
        return new Iterator<>() {
            public boolean hasNext() {
                return showing() && Objects.equals(next.district(), district);
            }

            public Map<String, Object> next() {
                if (!hasNext()) throw new NoSuchElementException();
                String unit = next.unit();
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("name", names.of(unit));
                u.put("findings", findings(district, unit));
                return u;
            }
        };
    }

    private Iterator<Row> findings(String district, String unit) {
        return new Iterator<>() {
            public boolean hasNext() {
                return showing() && Objects.equals(next.district(), district) && Objects.equals(next.unit(), unit);
            }

            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                shown++;
                return row(take());
            }
        };
    }

    private boolean showing() {
        return next != null && shown < cap;
    }

    private Finding take() {
        Finding f = next;
        used.add(f);
        next = source.hasNext() ? source.next() : null;
        return f;
    }

    private String districtName(Finding f) {
        // findings in no district: the province's, the report's figures, and communes without a
        // district (from 01/07/2025), one group under one heading, each unit under its own
        return f.district() != null ? names.district(f.district()) : m.text("report.province-wide");
    }

    private Row row(Finding f) {
        boolean unconfirmed = false;
        for (UsedParameter p : f.parameters()) unconfirmed |= p.confidence() != null && !p.confidence().equals("confirmed");
        return new Row(f.severity(), m.text("severity." + f.severity()), f.rule(), f.subject(), f.name(), m.message(f),
                f.amount() == null ? null : m.money(f.amount()), f.amount(), f.legalBasis(),
                f.source() == null ? null : f.source().toString(), unconfirmed);
    }

    /** Reads the findings not shown, counting them by district and unit. */
    private void drain() {
        if (drained) return;
        drained = true;
        while (next != null) {
            Finding f = take();
            left++;
            String key = f.district() + "\u0000" + f.unit();
            long[] c = omitted.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            if (f.severity().equals("error")) c[1]++;
            omittedNames.computeIfAbsent(key, k -> new String[]{districtName(f), names.of(f.unit())});
        }
    }

    /** The shown count, the left-out count and the left-out findings by unit (empty when none was left out). */
    Iterable<Map<String, Object>> omitted() {
        return () -> {
            drain();
            if (left == 0) return java.util.Collections.emptyIterator();
            List<Omitted> rows = new ArrayList<>();
            omitted.forEach((k, c) -> rows.add(new Omitted(omittedNames.get(k)[0], omittedNames.get(k)[1], c[0], c[1])));
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("note", m.text("html.omitted", Map.of("shown", shown, "omitted", left)));
            o.put("units", rows);
            return List.<Map<String, Object>>of(o).iterator();
        };
    }

    /** The parameters every finding used, once all are read. */
    Iterable<UsedParameters.Entry> parameters() {
        return () -> {
            drain();
            return used.entries(r).iterator();
        };
    }
}

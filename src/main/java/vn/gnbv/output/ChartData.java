package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.gnbv.facts.PovertyRate;
import vn.gnbv.facts.Sections;
import vn.gnbv.parameters.Param;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.summary.MoneySummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the HTML report's charts draw, as data for its script (the labels already in the reader's
 * language): money at stake by stage and by unit, findings by commune or unit and severity, and each
 * unit's poverty rate by year beside the path its programme target sets from the first year's rate
 * (the target of Decision 90 for the unit's kind, as PG-001/PG-003 judge it). Charts without data are
 * left out. Written as JSON that is safe inside a script element.
 */
final class ChartData {
    /** Bars shown at most in a chart by unit; the tables list them all. */
    static final int MAX_BARS = 15;

    /** A chart: its element id, title, height on paper (mm), a note, and its data. */
    record Chart(String id, String title, int heightMm, String note, Map<String, Object> data) {}

    private ChartData() {}

    static List<Chart> of(CheckReport r) {
        Messages m = r.messages();
        List<Chart> out = new ArrayList<>();
        MoneySummary ms = r.summary().money();
        if (!ms.byStage().isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (MoneySummary.Row row : ms.byStage()) {
                labels.add(m.text("stage." + row.key()));
                values.add(row.amount());
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", "bars");
            d.put("labels", labels);
            d.put("series", List.of(series(m.text("summary.total-at-stake"), values)));
            d.put("money", true);
            out.add(new Chart("chart-money-by-stage", m.text("html.chart.money-by-stage"), height(labels.size()), null, d));
        }
        if (!ms.byUnit().isEmpty()) {
            List<MoneySummary.Row> rows = ms.byUnit().subList(0, Math.min(MAX_BARS, ms.byUnit().size()));
            List<String> labels = new ArrayList<>();
            for (MoneySummary.Row row : rows) labels.add(row.key().isEmpty() ? m.text("report.no-unit") : r.units().of(row.key()));
            List<Map<String, Object>> series = new ArrayList<>();
            for (String st : MoneySummary.STAGES) {
                if (rows.stream().noneMatch(x -> x.stages().containsKey(st))) continue;
                List<Long> v = new ArrayList<>();
                for (MoneySummary.Row row : rows) v.add(row.stages().getOrDefault(st, 0L));
                series.add(series(m.text("stage." + st), v));
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", "bars");
            d.put("labels", labels);
            d.put("series", series);
            d.put("money", true);
            d.put("stacked", true);
            out.add(new Chart("chart-money-by-unit", m.text("html.chart.money-by-unit"), height(labels.size()),
                    top(m, rows.size(), ms.byUnit().size()), d));
        }
        List<CheckSummary.UnitLine> units = findingUnits(r.summary());
        if (!units.isEmpty()) {
            List<CheckSummary.UnitLine> shown = units.subList(0, Math.min(MAX_BARS, units.size()));
            List<String> labels = new ArrayList<>();
            List<Long> errors = new ArrayList<>(), warnings = new ArrayList<>(), infos = new ArrayList<>();
            for (CheckSummary.UnitLine u : shown) {
                labels.add(r.units().of(u.unit()));
                errors.add(u.errors());
                warnings.add(u.warnings());
                infos.add(u.infos());
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", "bars");
            d.put("labels", labels);
            d.put("series", List.of(series(m.text("col.errors"), errors, "error"), series(m.text("col.warnings"), warnings, "warning"),
                    series(m.text("col.infos"), infos, "info")));
            d.put("money", false);
            d.put("stacked", true);
            out.add(new Chart("chart-findings-by-unit", m.text("html.chart.findings-by-unit"), height(labels.size()),
                    top(m, shown.size(), units.size()), d));
        }
        Map<String, Object> rates = povertyRates(r);
        if (rates != null) out.add(new Chart("chart-poverty-rates", m.text("html.chart.poverty-rates"), 90, null, rates));
        return out;
    }

    /** Communes (or, where no commune has findings, every unit but the district roll-ups), most errors first. */
    private static List<CheckSummary.UnitLine> findingUnits(CheckSummary s) {
        List<CheckSummary.UnitLine> communes = new ArrayList<>(), others = new ArrayList<>();
        for (CheckSummary.UnitLine u : s.byUnit()) {
            if (u.errors() + u.warnings() + u.infos() == 0) continue;
            if (u.unit() != null && u.unit().startsWith("commune:")) communes.add(u);
            else if (u.unit() == null || !u.unit().startsWith("district:")) others.add(u);
        }
        List<CheckSummary.UnitLine> out = communes.isEmpty() ? others : communes;
        out.sort(java.util.Comparator.comparingLong(CheckSummary.UnitLine::errors).reversed()
                .thenComparing(u -> -(u.errors() + u.warnings() + u.infos())));
        return out;
    }

    /** Rates by unit and year, and the target path where a target applies to the unit's kind. */
    private static Map<String, Object> povertyRates(CheckReport r) {
        List<PovertyRate> rates = r.facts().get(Sections.POVERTY_RATES);
        if (rates.isEmpty()) return null;
        Messages m = r.messages();
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, TreeMap<Integer, BigDecimal>> byUnit = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        for (PovertyRate p : rates) {
            years.add(p.year());
            byUnit.computeIfAbsent(p.unit(), k -> new TreeMap<>()).put(p.year(), p.rate());
            kinds.put(p.unit(), p.kind());
        }
        for (int y = years.first(); y < years.last(); y++) years.add(y); // a year without data still takes its place
        List<Map<String, Object>> series = new ArrayList<>();
        int index = 0;
        for (var e : byUnit.entrySet()) {
            String name = r.units().of(e.getKey());
            int unit = index++;
            series.add(line(name, values(years, e.getValue()), false, unit));
            Param target = r.parameters().byName().get("programme.reduction-target." + kinds.get(e.getKey()));
            if (target != null && e.getValue().size() > 1) {
                int first = e.getValue().firstKey();
                BigDecimal start = e.getValue().firstEntry().getValue(), perYear = target.asDecimal();
                TreeMap<Integer, BigDecimal> path = new TreeMap<>();
                for (int y : years) {
                    if (y >= first && y <= e.getValue().lastKey()) {
                        path.put(y, start.subtract(perYear.multiply(BigDecimal.valueOf(y - first))).max(BigDecimal.ZERO));
                    }
                }
                Map<String, Object> t = line(m.text("html.chart.target", Map.of("unit", name, "target", target.asDecimal())),
                        values(years, path), true, unit);
                series.add(t);
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "lines");
        d.put("labels", years.stream().map(String::valueOf).toList());
        d.put("series", series);
        d.put("axis", m.text("html.chart.rate-axis"));
        return d;
    }

    private static List<BigDecimal> values(TreeSet<Integer> years, TreeMap<Integer, BigDecimal> byYear) {
        List<BigDecimal> out = new ArrayList<>();
        for (int y : years) out.add(byYear.get(y));
        return out;
    }

    /** A line of rates; a unit's target path has its unit's index (and colour), dashed. */
    private static Map<String, Object> line(String name, List<BigDecimal> values, boolean target, int unit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("values", values);
        s.put("target", target);
        s.put("unit", unit);
        return s;
    }

    private static Map<String, Object> series(String name, List<Long> values) {
        return series(name, values, null);
    }

    private static Map<String, Object> series(String name, List<Long> values, String severity) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("values", values);
        if (severity != null) s.put("severity", severity);
        return s;
    }

    private static String top(Messages m, int shown, int of) {
        return shown < of ? m.text("html.chart.top", Map.of("shown", shown, "of", of)) : null;
    }

    /** Height on paper: room for each bar, within a page. */
    private static int height(int bars) {
        return Math.max(55, Math.min(150, 25 + 9 * bars));
    }

    /** The charts and the page's number words as JSON for a script element ("<", ">", "&" escaped). */
    static String json(List<Chart> charts, Messages m) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("locale", m.lang().equals("vi") ? "vi-VN" : "en-US");
        doc.put("currency", m.text("word.currency"));
        doc.put("scales", List.of(scale(1_000_000_000L, m.text("html.scale.billion")), scale(1_000_000L, m.text("html.scale.million")),
                scale(1L, m.text("word.currency"))));
        Map<String, Object> byId = new LinkedHashMap<>();
        for (Chart c : charts) byId.put(c.id(), c.data());
        doc.put("charts", byId);
        try {
            String s = new ObjectMapper().writeValueAsString(doc);
            return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> scale(long divisor, String unit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("divisor", divisor);
        s.put("unit", unit);
        return s;
    }
}

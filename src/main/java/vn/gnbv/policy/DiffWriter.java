package vn.gnbv.policy;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.JsonReport;
import vn.gnbv.findings.Messages;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** `gnbv diff` output: per district what moves, then the impact baseline against draft. */
public final class DiffWriter {
    private DiffWriter() {}

    public static void text(PrintWriter out, LocalDate asOf, DraftComparison d, Messages m, Map<String, String> names,
                            boolean markdown) {
        String h1 = markdown ? "# " : "", h2 = markdown ? "## " : "== ", h3 = markdown ? "### " : "-- ", li = markdown ? "- " : "   ";
        out.println(h1 + m.text("diff.title") + " — " + m.text("report.asOf") + ": " + asOf);
        out.println();
        out.println(m.text("diff.changed-parameters") + ": " + (d.changedParameters().isEmpty() ? "—" : String.join(", ", d.changedParameters())));
        out.println(m.text("diff.changed-rules") + ": " + (d.changedRules().isEmpty() ? "—" : String.join(", ", d.changedRules())));
        if (d.noChange()) {
            out.println();
            out.println(m.text("diff.no-change"));
        }
        for (var e : d.districts().entrySet()) {
            DraftComparison.District dd = e.getValue();
            out.println();
            out.println(h2 + m.text("report.district") + ": " + (e.getKey().isEmpty() ? m.text("report.province-level")
                    : names.containsKey(e.getKey()) ? names.get(e.getKey()) + " (" + e.getKey() + ")" : e.getKey()));
            if (!dd.reclassified().isEmpty()) {
                out.println(h3 + m.text("diff.reclassified") + " (" + dd.reclassified().size() + ")");
                for (var r : dd.reclassified()) {
                    out.println(li + r.household() + " (" + r.commune() + "): " + m.value(r.before()) + " → " + m.value(r.after()));
                }
            }
            if (!dd.support().isEmpty()) {
                out.println(h3 + m.text("diff.support") + " (" + dd.support().size() + "; "
                        + m.text("diff.yearly-cost") + " " + signed(m, dd.yearlyCostDifference()) + " VND)");
                for (var s : dd.support()) {
                    out.println(li + s.person() + ": " + m.value(s.beforeGroup()) + " " + s.beforePercent() + "% → "
                            + m.value(s.afterGroup()) + " " + s.afterPercent() + "% (" + signed(m, s.yearlyCostDifference()) + " VND/năm)");
                }
            }
            if (!dd.findings().isEmpty()) {
                out.println(h3 + m.text("diff.findings") + " (" + dd.findings().size() + ")");
                for (var f : dd.findings()) {
                    Finding x = f.after() != null ? f.after() : f.before();
                    String sign = switch (f.change()) { case "added" -> "+"; case "removed" -> "−"; default -> "~"; };
                    out.println(li + sign + " " + x.rule() + " " + x.subject() + ": " + m.message(x)
                            + (f.change().equals("changed") ? " [" + f.before().severity() + " " + amount(m, f.before()) + " → "
                            + f.after().severity() + " " + amount(m, f.after()) + "]" : "")
                            + (f.dependsOn().isEmpty() ? "" : " ← " + String.join(", ", f.dependsOn())));
                }
            }
        }
        out.println();
        out.println(h2 + m.text("diff.impact"));
        impactRow(out, m.text("diff.households") + " " + m.text("word.poor"), d, i -> i.householdsByStatus().getOrDefault(Impact.ALL, Map.of()).getOrDefault("poor", 0L), m, li);
        impactRow(out, m.text("diff.households") + " " + m.text("word.near-poor"), d, i -> i.householdsByStatus().getOrDefault(Impact.ALL, Map.of()).getOrDefault("near-poor", 0L), m, li);
        impactRow(out, m.text("diff.households") + " " + m.text("word.middle"), d, i -> i.householdsByStatus().getOrDefault(Impact.ALL, Map.of()).getOrDefault("middle", 0L), m, li);
        impactRow(out, m.text("diff.households") + " " + m.text("word.undetermined"), d, i -> i.householdsByStatus().getOrDefault(Impact.ALL, Map.of()).getOrDefault("undetermined", 0L), m, li);
        impactRow(out, m.text("diff.entitled"), d, Impact::entitledPeople, m, li);
        impactRow(out, m.text("diff.yearly-state-cost"), d, Impact::yearlyStateCost, m, li);
        impactRow(out, m.text("summary.total-at-stake"), d, Impact::moneyAtStake, m, li);
    }

    private static void impactRow(PrintWriter out, String label, DraftComparison d,
                                  java.util.function.ToLongFunction<Impact> f, Messages m, String li) {
        long a = f.applyAsLong(d.baseline()), b = f.applyAsLong(d.draft());
        out.println(li + label + ": " + m.value(a) + " → " + m.value(b) + (a == b ? "" : " (" + signed(m, b - a) + ")"));
    }

    private static String amount(Messages m, Finding f) {
        return f.amount() == null ? "" : m.value(f.amount());
    }

    private static String signed(Messages m, long v) {
        return (v > 0 ? "+" : "") + m.value(v);
    }

    public static void json(PrintWriter out, LocalDate asOf, DraftComparison d, Messages m) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf.toString());
        doc.put("changedParameters", d.changedParameters());
        doc.put("changedRules", d.changedRules());
        doc.put("noChange", d.noChange());
        Map<String, Object> districts = new LinkedHashMap<>();
        d.districts().forEach((k, v) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reclassified", v.reclassified());
            o.put("support", v.support());
            o.put("yearlyCostDifference", v.yearlyCostDifference());
            o.put("findings", v.findings().stream().map(f -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("change", f.change());
                x.put("before", f.before() == null ? null : JsonReport.finding(f.before(), m));
                x.put("after", f.after() == null ? null : JsonReport.finding(f.after(), m));
                x.put("dependsOn", f.dependsOn());
                return x;
            }).toList());
            districts.put(k.isEmpty() ? "province" : k, o);
        });
        doc.put("districts", districts);
        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("baseline", d.baseline());
        impact.put("draft", d.draft());
        doc.put("impact", impact);
        JsonReport.JSON.writeValue(out, doc);
        out.println();
    }

}

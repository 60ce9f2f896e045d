package vn.gnbv.summary;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsReader;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.Sections;
import vn.gnbv.findings.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Gathers the summary of a check as households and findings come, in any order, on any thread. */
public final class SummaryBuilder {
    private final HouseholdTally households = new HouseholdTally();
    private final FindingTally findings = new FindingTally();
    private final MoneySummary.Builder money = new MoneySummary.Builder();

    public void households(List<Household> batch) {
        households.addAll(batch);
    }

    /** Findings of one batch (or the case-level session) that count (not waived). */
    public void findings(List<Finding> batch) {
        findings.add(batch);
        for (Finding f : batch) money.add(f);
    }

    public void clear() {
        households.clear();
        findings.clear();
        money.clear();
    }

    public CheckSummary build(Case c, FactsReader.Counts counts) {
        var checked = new CheckSummary.Checked(counts.households(), counts.members(), c.get(Sections.FUNDS).size(),
                c.get(Sections.COUNTERPARTS).size(), c.get(Sections.INSURANCE_FUNDING).size(), c.get(Sections.FIGURES).size(),
                c.get(Sections.POVERTY_RATES).size(), c.get(Sections.STAFFING).size());
        List<CheckSummary.RuleLine> byRule = new ArrayList<>();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (String s : List.of("error", "warning", "info")) bySeverity.put(s, 0L);
        findings.byRule().forEach((rule, r) -> {
            byRule.add(new CheckSummary.RuleLine(rule, r.severity, r.findings, r.subjects, r.amount));
            bySeverity.merge(r.severity, r.findings, Long::sum);
        });
        byRule.sort(Comparator.comparing((CheckSummary.RuleLine r) -> -severityRank(r.severity()))
                .thenComparing(CheckSummary.RuleLine::rule));
        List<CheckSummary.MoneyLine> insurance = new ArrayList<>();
        findings.money().forEach((k, v) -> insurance.add(new CheckSummary.MoneyLine(k, v[0], v[1])));
        Map<String, HouseholdTally.Counts> communes = households.byCommune();
        return new CheckSummary(checked, byRule, units(c, communes, findings.byUnit()), money.build(c), insurance,
                Capacity.of(c, communes), bySeverity, findings.householdsListedWrongly());
    }

    private static int severityRank(String s) {
        return s.equals("error") ? 2 : s.equals("warning") ? 1 : 0;
    }

    /** Communes and other units with their counts, then each district rolled up over its communes. */
    private static List<CheckSummary.UnitLine> units(Case c, Map<String, HouseholdTally.Counts> communes,
                                                     Map<String, FindingTally.ByUnit> found) {
        Map<String, long[]> lines = new TreeMap<>();
        Map<String, String> district = new TreeMap<>();
        communes.forEach((id, n) -> {
            long[] l = lines.computeIfAbsent("commune:" + id, k -> new long[8]);
            l[0] += n.households;
            l[1] += n.persons;
            district.put("commune:" + id, c.districtOf("commune:" + id));
        });
        found.forEach((unit, u) -> {
            long[] l = lines.computeIfAbsent(unit, k -> new long[8]);
            l[2] += u.errors;
            l[3] += u.warnings;
            l[4] += u.infos;
            l[5] += u.householdsWithErrors;
            l[6] += u.personsWithErrors;
            l[7] += u.amount;
            district.putIfAbsent(unit, u.district != null ? u.district : c.districtOf(unit));
        });
        Map<String, long[]> districts = new TreeMap<>();
        lines.forEach((unit, l) -> {
            String d = district.get(unit);
            if (d == null) return;
            long[] sum = districts.computeIfAbsent("district:" + d, k -> new long[8]);
            for (int i = 0; i < 8; i++) sum[i] = i == 7 ? Money.add(sum[i], l[i]) : sum[i] + l[i];
        });
        districts.forEach((unit, sum) -> { // the district's own findings are in the sum already
            lines.put(unit, sum);
            district.put(unit, unit.substring(9));
        });
        List<CheckSummary.UnitLine> out = new ArrayList<>();
        lines.forEach((unit, l) -> out.add(new CheckSummary.UnitLine(unit.isEmpty() ? null : unit, district.get(unit),
                l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7])));
        out.sort(Comparator.comparing((CheckSummary.UnitLine u) -> u.district() == null ? "\uffff" : u.district())
                .thenComparing(u -> u.unit() == null ? "" : u.unit().startsWith("district:") ? "" : u.unit()));
        return out;
    }
}

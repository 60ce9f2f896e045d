package vn.gnbv.output;

import vn.gnbv.summary.Capacity;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.summary.MoneySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary a human report opens with, as lines of label and value that the text and Markdown
 * writers lay out alike: what was checked, findings by severity and rule, by district and commune
 * with denominators, money stuck, to recover and owed, staff capacity.
 */
final class SummaryText {
    private SummaryText() {}

    static String checked(CheckSummary s, Messages m) {
        var c = s.checked();
        return m.text("summary.checked", Map.of("households", c.households(), "persons", c.persons(), "funds", c.funds(),
                "counterparts", c.counterparts(), "insuranceFunding", c.insuranceFunding(), "figures", c.figures(),
                "povertyRates", c.povertyRates(), "staffing", c.staffing()));
    }

    static String severities(CheckSummary s, Messages m) {
        return m.text("report.summary", s.bySeverity());
    }

    /** Per rule: ID, severity, findings, distinct subjects, money, title. */
    static List<String[]> rules(CheckSummary s, CheckReport r) {
        Messages m = r.messages();
        List<String[]> out = new ArrayList<>();
        for (CheckSummary.RuleLine l : s.byRule()) {
            var meta = r.rules().get(l.rule());
            out.add(new String[]{l.rule(), m.text("severity." + l.severity()), m.value(l.findings()), m.value(l.subjects()),
                    l.amount() == 0 ? "" : m.value(l.amount()), meta == null ? "" : ruleTitle(meta.id(), meta.title(), m)});
        }
        return out;
    }

    /** A rule's title in the reader's language, where the catalogue has one. */
    static String ruleTitle(String id, String title, Messages m) {
        return m.has("title." + id) ? m.text("title." + id) : title;
    }

    /** Per district (rolled up) and commune: households, people, findings by severity, those with errors, money. */
    static List<String[]> units(CheckSummary s, CheckReport r) {
        Messages m = r.messages();
        UnitNames names = r.units();
        List<String[]> out = new ArrayList<>();
        for (CheckSummary.UnitLine u : s.byUnit()) {
            boolean district = u.unit() != null && u.unit().startsWith("district:");
            String label = (district ? "" : "  ") + names.of(u.unit());
            String erring = u.households() > 0 ? m.text("summary.with-errors", Map.of("with", u.householdsWithErrors(),
                    "of", u.households())) : "";
            out.add(new String[]{label, u.households() == 0 ? "" : m.value(u.households()),
                    u.persons() == 0 ? "" : m.value(u.persons()), m.value(u.errors()), m.value(u.warnings()),
                    m.value(u.infos()), erring, u.amount() == 0 ? "" : m.value(u.amount())});
        }
        return out;
    }

    /** Money lines: total at stake, by stage, to recover, owed and unpaid. */
    static List<String[]> money(CheckSummary s, Messages m) {
        List<String[]> out = new ArrayList<>();
        MoneySummary ms = s.money();
        if (ms.totals().containsKey("planned")) out.add(new String[]{m.text("summary.totals", ms.totals()), ""});
        if (!ms.byStage().isEmpty() || ms.totalAtStake() > 0) {
            out.add(new String[]{m.text("summary.total-at-stake"), m.value(ms.totalAtStake())});
            for (MoneySummary.Row row : ms.byStage()) out.add(new String[]{"  " + m.text("stage." + row.key()), m.value(row.amount())});
        }
        for (CheckSummary.MoneyLine l : s.insurance()) {
            out.add(new String[]{m.text("money." + l.kind(), Map.of("findings", l.findings())), m.value(l.amount())});
        }
        return out;
    }

    static List<String> capacity(CheckSummary s, CheckReport r) {
        Messages m = r.messages();
        List<String> out = new ArrayList<>();
        for (Capacity c : s.capacity()) {
            out.add(m.text("summary.capacity-row", vn.gnbv.findings.Values.of("unit", r.units().of(c.unit()),
                    "staff", c.staff(), "households", c.households(), "poorHouseholds", c.poorHouseholds(),
                    "planned", c.planned(), "householdsPerOfficer", c.householdsPerOfficer(),
                    "poorPerOfficer", c.poorPerOfficer(), "plannedPerOfficer", c.plannedPerOfficer(),
                    "basis", capacityBasis(m, c.basis()))));
        }
        return out;
    }

    /** Money rows by project and by unit, largest first. */
    static List<String[]> breakdown(List<MoneySummary.Row> rows, java.util.function.Function<String, String> label, Messages m) {
        List<String[]> out = new ArrayList<>();
        for (MoneySummary.Row row : rows) {
            StringBuilder stages = new StringBuilder();
            for (var e : row.stages().entrySet()) {
                if (stages.length() > 0) stages.append("; ");
                stages.append(m.text("stage." + e.getKey())).append(" ").append(m.value(e.getValue()));
            }
            out.add(new String[]{label.apply(row.key()), m.value(row.amount()), stages.toString()});
        }
        return out;
    }

    /** Where a unit's household count comes from: the roster, or a year's poverty rate (counted or estimated). */
    static String capacityBasis(Messages m, String basis) {
        if (basis.equals("roster")) return m.text("capacity.roster");
        String[] kindYear = basis.split(" ");
        return m.text(kindYear[0].equals("povertyRates") ? "capacity.rates" : "capacity.rates-estimated",
                Map.of("year", Integer.parseInt(kindYear[1])));
    }
}

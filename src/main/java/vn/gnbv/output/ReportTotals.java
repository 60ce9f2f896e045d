package vn.gnbv.output;

import vn.gnbv.summary.CheckSummary;
import vn.gnbv.summary.MoneySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures a report opens with, in the order a reader takes them in: what was checked, the
 * findings by severity, the people and households wronged, the money at stake by stage and the
 * programme's own totals. Each has a stable key (the HTML page's {@code data-total}, compared with
 * the JSON output by the browser test), a label in the report's language, and a value: a number, a
 * date or a text. The workbook's summary sheet and the HTML page show the same list.
 */
final class ReportTotals {
    /** The rule whose subjects are people entitled to state-paid health insurance without a valid card. */
    static final String WITHOUT_CARD_RULE = "HI-001";

    enum Group { CHECKED, FINDINGS, PEOPLE, MONEY }

    record Total(Group group, String key, String label, Object value, boolean money) {}

    private ReportTotals() {}

    static List<Total> of(CheckReport r) {
        Messages m = r.messages();
        CheckSummary s = r.summary();
        List<Total> out = new ArrayList<>();
        out.add(new Total(Group.CHECKED, "asOf", m.text("report.asOf"), r.asOf(), false));
        if (r.facts().province() != null) {
            out.add(new Total(Group.CHECKED, "province", m.text("total.province"), r.facts().province(), false));
        }
        var c = s.checked();
        Map<String, Long> checked = new java.util.LinkedHashMap<>();
        checked.put("households", c.households());
        checked.put("persons", c.persons());
        checked.put("funds", c.funds());
        checked.put("counterparts", c.counterparts());
        checked.put("insuranceFunding", c.insuranceFunding());
        checked.put("figures", c.figures());
        checked.put("povertyRates", c.povertyRates());
        checked.put("staffing", c.staffing());
        checked.forEach((k, v) -> out.add(new Total(Group.CHECKED, "checked." + k, m.text("total.checked." + k), v, false)));
        s.bySeverity().forEach((k, v) -> out.add(new Total(Group.FINDINGS, "findings." + k, m.text("total.findings." + k), v, false)));
        out.add(new Total(Group.PEOPLE, "householdsListedWrongly", m.text("total.households-listed-wrongly"),
                s.householdsListedWrongly(), false));
        long withoutCard = s.byRule().stream().filter(l -> l.rule().equals(WITHOUT_CARD_RULE))
                .mapToLong(CheckSummary.RuleLine::subjects).sum();
        out.add(new Total(Group.PEOPLE, "personsWithoutCard", m.text("total.persons-without-card"), withoutCard, false));
        for (CheckSummary.MoneyLine l : s.insurance()) {
            out.add(new Total(Group.PEOPLE, "insurance." + l.kind(), m.text("money." + l.kind(), Map.of("findings", l.findings())),
                    l.amount(), true));
        }
        MoneySummary ms = s.money();
        out.add(new Total(Group.MONEY, "totalAtStake", m.text("summary.total-at-stake"), ms.totalAtStake(), true));
        for (MoneySummary.Row row : ms.byStage()) {
            out.add(new Total(Group.MONEY, "stage." + row.key(), m.text("stage." + row.key()), row.amount(), true));
        }
        ms.totals().forEach((k, v) -> out.add(new Total(Group.MONEY, "totals." + k, m.text("total.money." + k), v, true)));
        return out;
    }
}

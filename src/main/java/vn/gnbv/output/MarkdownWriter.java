package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.summary.CheckSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Findings as Markdown for a council paper, in the chosen language throughout: the summary (what
 * was checked; findings by rule; by district and commune; money: totals, stages, projects, units,
 * insurance; staffing), then a table per district and unit.
 */
final class MarkdownWriter implements ReportWriter {
    @Override
    public void write(CheckReport r, OutputStream stream) throws IOException {
        Messages m = r.messages();
        UnitNames names = r.units();
        CheckSummary s = r.summary();
        try (Lines out = new Lines(stream)) {
            out.line("# " + m.text("report.title") + " — " + m.date(r.asOf())).line();
            if (!r.draftParameters().isEmpty()) {
                out.line(m.text("report.draft-parameters") + ": " + m.changes(r.draftParameters())).line();
            }
            if (!r.parameters().draftNotInForce().isEmpty()) out.line(m.notInForce(r.parameters().draftNotInForce(), r.asOf())).line();
            out.line("## " + m.text("summary.heading")).line();
            out.line(SummaryText.checked(s, m)).line();
            out.line(SummaryText.severities(s, m)).line();
            if (!s.byRule().isEmpty()) {
                out.line("### " + m.text("summary.by-rule")).line();
                out.line(row(m.text("col.rule"), m.text("col.severity"), m.text("col.findings"), m.text("col.subjects"),
                        m.text("col.amount"), m.text("col.title")));
                out.line("|---|---|---:|---:|---:|---|");
                for (String[] x : SummaryText.rules(s, r)) out.line(row(x));
                out.line();
            }
            if (!s.byUnit().isEmpty()) {
                out.line("### " + m.text("summary.by-unit")).line();
                out.line(row(m.text("col.unit"), m.text("col.households"), m.text("col.persons"), m.text("severity.error"),
                        m.text("severity.warning"), m.text("severity.info"), m.text("col.with-errors"), m.text("col.amount")));
                out.line("|---|---:|---:|---:|---:|---:|---|---:|");
                for (String[] x : SummaryText.units(s, r)) out.line(row(x));
                out.line();
            }
            List<String[]> money = SummaryText.money(s, m);
            if (!money.isEmpty()) {
                out.line("### " + m.text("summary.title")).line();
                out.line(row(m.text("col.item"), m.text("col.amount")));
                out.line("|---|---:|");
                for (String[] x : money) out.line(row(x));
                out.line();
                table(out, m.text("summary.by-project"), SummaryText.breakdown(s.money().byProject(),
                        k -> k.isEmpty() ? m.text("summary.no-project") : k, m), m);
                table(out, m.text("summary.by-unit-money"), SummaryText.breakdown(s.money().byUnit(), names::of, m), m);
            }
            List<String> capacity = SummaryText.capacity(s, r);
            if (!capacity.isEmpty()) {
                out.line("### " + m.text("summary.capacity")).line();
                for (String c : capacity) out.line("- " + cell(c));
                out.line();
            }
            findings(out, r);
        }
    }

    private static void table(Lines out, String title, List<String[]> rows, Messages m) throws IOException {
        if (rows.isEmpty()) return;
        out.line("#### " + title).line();
        out.line(row(m.text("col.item"), m.text("col.amount"), m.text("col.stages")));
        out.line("|---|---:|---|");
        for (String[] x : rows) out.line(row(x));
        out.line();
    }

    private static void findings(Lines out, CheckReport r) throws IOException {
        Messages m = r.messages();
        UnitNames names = r.units();
        String group = null;
        boolean first = true;
        for (Iterator<Finding> it = r.findings(); it.hasNext(); ) {
            Finding f = it.next();
            String g = f.district() + "|" + f.unit();
            if (first || !Objects.equals(group, g)) {
                group = g;
                if (!first) out.line();
                first = false;
                out.line("## " + (f.district() == null ? "" : names.district(f.district()) + " — ") + names.of(f.unit())).line();
                out.line(row("", m.text("col.rule"), m.text("col.subject"), m.text("col.finding"), m.text("col.amount"),
                        m.text("report.basis"), m.text("report.source")));
                out.line("|---|---|---|---|---:|---|---|");
            }
            out.line(row(m.text("severity." + f.severity()), f.rule(), f.subject() + (f.name() == null ? "" : " (" + f.name() + ")"),
                    m.message(f), f.amount() == null ? "" : m.value(f.amount()), f.legalBasis(),
                    f.source() == null ? "" : f.source().toString()));
        }
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) b.append(' ').append(cell(c)).append(" |");
        return b.toString();
    }

    static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

}

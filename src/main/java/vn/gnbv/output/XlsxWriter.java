package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.summary.MoneySummary;
import vn.gnbv.waivers.Waived;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static vn.gnbv.output.XlsxBook.Column;

/**
 * `check --format xlsx`: a workbook for people who filter and sum — the summary (what was checked,
 * findings by severity, people wronged, money by stage and the programme's totals), by district and
 * commune, by rule, money by unit and by project, then one row per finding (streamed), the waived
 * findings, and the parameters the findings used with their citation and confidence.
 */
final class XlsxWriter implements ReportWriter {
    @Override
    public void write(CheckReport r, OutputStream out) throws IOException {
        Messages m = r.messages();
        XlsxBook book = new XlsxBook(m, r.asOf());
        try {
            summary(book, r);
            units(book, r);
            rules(book, r);
            MoneySummary ms = r.summary().money();
            UnitNames names = r.units();
            money(book, m, m.text("xlsx.sheet.money-units"), m.text("col.unit"), ms.byUnit(), names::of);
            money(book, m, m.text("xlsx.sheet.money-projects"), m.text("col.project"), ms.byProject(),
                    k -> k.isEmpty() ? m.text("summary.no-project") : k);
            UsedParameters used = new UsedParameters();
            XlsxBook.Sheet findings = book.sheet(m.text("xlsx.sheet.findings"), findingColumns(m, List.of()));
            for (Iterator<Finding> it = r.findings(); it.hasNext(); ) {
                Finding f = it.next();
                used.add(f);
                findings.row(findingCells(f, r, List.of()));
            }
            findings.finish();
            waived(book, r);
            used.sheet(book, r);
        } catch (RuntimeException | Error e) {
            book.discard();
            throw e;
        }
        book.write(out);
    }

    private static void summary(XlsxBook book, CheckReport r) {
        Messages m = r.messages();
        XlsxBook.Sheet sh = book.sheet(m.text("xlsx.sheet.summary"), List.of(Column.wrapped(m.text("col.item"), 70),
                Column.of(m.text("col.value"), 24)));
        for (ReportTotals.Total t : ReportTotals.of(r)) sh.row(t.money() ? t.label() + " (" + m.text("word.currency") + ")" : t.label(), t.value());
        if (!r.draftParameters().isEmpty()) sh.row(m.text("report.draft-parameters"), m.changes(r.draftParameters()));
        if (!r.parameters().draftNotInForce().isEmpty()) {
            sh.row(m.text("report.draft-not-in-force", Map.of("date", m.date(r.asOf()))),
                    m.draftValues(r.parameters().draftNotInForce()));
        }
        sh.finish();
    }

    private static void units(XlsxBook book, CheckReport r) {
        Messages m = r.messages();
        UnitNames names = r.units();
        XlsxBook.Sheet sh = book.sheet(m.text("summary.by-unit"), List.of(Column.of(m.text("col.district"), 24),
                Column.of(m.text("col.unit"), 28), Column.of(m.text("col.level"), 20), Column.of(m.text("col.households"), 10),
                Column.of(m.text("col.persons"), 10), Column.of(m.text("col.errors"), 10), Column.of(m.text("col.warnings"), 10),
                Column.of(m.text("col.infos"), 10), Column.of(m.text("col.with-errors"), 12),
                Column.of(m.text("col.persons-with-errors"), 12), Column.of(m.text("col.amount"), 22)));
        for (CheckSummary.UnitLine u : r.summary().byUnit()) {
            sh.row(u.district() == null ? null : names.district(u.district()), names.of(u.unit()), m.text("level." + level(u.unit())),
                    u.households(), u.persons(), u.errors(), u.warnings(), u.infos(), u.householdsWithErrors(),
                    u.personsWithErrors(), u.amount());
        }
        sh.finish();
    }

    /** The kind of a unit, for the level column: province, district (rolled up), commune, group, report. */
    static String level(String unit) {
        if (unit == null) return "report";
        if (unit.equals("province")) return "province";
        int i = unit.indexOf(':');
        return i < 0 ? "report" : unit.substring(0, i);
    }

    private static void rules(XlsxBook book, CheckReport r) {
        Messages m = r.messages();
        XlsxBook.Sheet sh = book.sheet(m.text("summary.by-rule"), List.of(Column.of(m.text("col.rule"), 9),
                Column.of(m.text("col.severity"), 12), Column.wrapped(m.text("col.title"), 50), Column.of(m.text("col.findings"), 11),
                Column.of(m.text("col.subjects"), 11), Column.of(m.text("col.amount"), 22), Column.wrapped(m.text("report.basis"), 50)));
        for (CheckSummary.RuleLine l : r.summary().byRule()) {
            RuleMeta meta = r.rules().get(l.rule());
            sh.row(l.rule(), m.text("severity." + l.severity()), meta == null ? null : SummaryText.ruleTitle(meta.id(), meta.title(), m),
                    l.findings(), l.subjects(), l.amount(), meta == null ? null : meta.legalBasis());
        }
        sh.finish();
    }

    private static void money(XlsxBook book, Messages m, String title, String keyHeader, List<MoneySummary.Row> rows,
                              Function<String, String> label) {
        if (rows.isEmpty()) return;
        List<String> stages = new ArrayList<>();
        for (String st : MoneySummary.STAGES) if (rows.stream().anyMatch(x -> x.stages().containsKey(st))) stages.add(st);
        List<Column> cols = new ArrayList<>(List.of(Column.of(keyHeader, 28), Column.of(m.text("col.amount"), 22),
                Column.of(m.text("col.findings"), 11)));
        for (String st : stages) cols.add(Column.wrapped(m.text("stage." + st) + " (" + m.text("word.currency") + ")", 22));
        XlsxBook.Sheet sh = book.sheet(title, cols);
        for (MoneySummary.Row row : rows) {
            Object[] cells = new Object[cols.size()];
            cells[0] = label.apply(row.key());
            cells[1] = row.amount();
            cells[2] = (long) row.findings();
            for (int i = 0; i < stages.size(); i++) cells[3 + i] = row.stages().get(stages.get(i));
            sh.row(cells);
        }
        sh.finish();
    }

    private static void waived(XlsxBook book, CheckReport r) {
        if (r.waived().isEmpty()) return;
        Messages m = r.messages();
        List<Column> extra = List.of(Column.wrapped(m.text("col.decision"), 30), Column.of(m.text("col.expires"), 12),
                Column.wrapped(m.text("col.justification"), 40));
        XlsxBook.Sheet sh = book.sheet(m.text("waivers.title"), findingColumns(m, extra));
        for (Waived w : r.waived()) {
            sh.row(findingCells(w.finding(), r, List.of(w.waiver().decision(), w.waiver().expires(), w.waiver().justification())));
        }
        sh.finish();
    }

    private static List<Column> findingColumns(Messages m, List<Column> extra) {
        List<Column> cols = new ArrayList<>(List.of(Column.of(m.text("col.district"), 20), Column.of(m.text("col.unit"), 22),
                Column.of(m.text("col.subject"), 26), Column.of(m.text("col.name"), 20), Column.of(m.text("col.rule"), 9),
                Column.of(m.text("col.severity"), 12), Column.wrapped(m.text("col.finding"), 80), Column.of(m.text("col.amount"), 20),
                Column.wrapped(m.text("report.basis"), 40), Column.wrapped(m.text("col.unconfirmed"), 30),
                Column.of(m.text("col.source-file"), 36), Column.of(m.text("col.source-line"), 8)));
        cols.addAll(extra);
        return cols;
    }

    private static Object[] findingCells(Finding f, CheckReport r, List<Object> extra) {
        Messages m = r.messages();
        UnitNames names = r.units();
        List<String> unconfirmed = new ArrayList<>();
        for (UsedParameter p : f.parameters()) if (p.confidence() != null && !p.confidence().equals("confirmed")) unconfirmed.add(p.name());
        List<Object> cells = new ArrayList<>();
        cells.add(f.district() == null ? null : names.district(f.district()));
        cells.add(names.of(f.unit()));
        cells.add(f.subject());
        cells.add(f.name());
        cells.add(f.rule());
        cells.add(m.text("severity." + f.severity()));
        cells.add(m.message(f));
        cells.add(f.amount());
        cells.add(f.legalBasis());
        cells.add(unconfirmed.isEmpty() ? null : String.join(", ", unconfirmed));
        cells.add(f.source() == null ? null : f.source().file());
        cells.add(f.source() == null ? null : (long) f.source().line());
        cells.addAll(extra);
        return cells.toArray();
    }
}

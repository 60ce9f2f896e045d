package vn.gnbv.output;

import vn.gnbv.facts.Case;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.parameters.ParameterChange;
import vn.gnbv.parameters.ParameterSet;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.waivers.Waived;
import vn.gnbv.waivers.Waiver;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Everything a check report shows: the date, what was checked and the summary (known before the
 * findings are written), the findings in order (read once, as they come off disk), the waived ones,
 * the rules, the parameters used, the draft parameters applied, the names of places, where the
 * rules' documentation pages are (a folder's absolute URI, or null), and the case-level facts
 * (province, poverty rates by year) that the charts of the HTML report draw.
 */
public record CheckReport(LocalDate asOf, Messages messages, CheckSummary summary, Iterator<Finding> findings,
                          List<Waived> waived, List<Waiver> expired, List<Waiver> unmatched,
                          Map<String, RuleMeta> rules, ParameterSet parameters, List<ParameterChange> draftParameters,
                          Map<String, String> names, String rulesOrigin, java.net.URI docs, String version,
                          boolean pretty, Case facts) {

    /** A report without case-level facts (no province, no poverty rates). */
    public CheckReport(LocalDate asOf, Messages messages, CheckSummary summary, Iterator<Finding> findings,
                       List<Waived> waived, List<Waiver> expired, List<Waiver> unmatched,
                       Map<String, RuleMeta> rules, ParameterSet parameters, List<ParameterChange> draftParameters,
                       Map<String, String> names, String rulesOrigin, java.net.URI docs, String version, boolean pretty) {
        this(asOf, messages, summary, findings, waived, expired, unmatched, rules, parameters, draftParameters, names,
                rulesOrigin, docs, version, pretty, new Case(asOf, null, Map.of()));
    }

    public UnitNames units() {
        return new UnitNames(names, messages);
    }
}

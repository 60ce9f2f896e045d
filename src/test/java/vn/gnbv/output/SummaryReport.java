package vn.gnbv.output;

import vn.gnbv.Cases;

import java.nio.file.Path;
import java.util.List;

/** Test helper: the report of a case checked with the project's rules. */
record SummaryReport(CheckReport report) {
    static SummaryReport of(Cases.Checked c) throws Exception {
        return of(c, "vi");
    }

    static SummaryReport of(Cases.Checked c, String lang) throws Exception {
        var facts = c.run().facts();
        return new SummaryReport(new CheckReport(facts.asOf(), Messages.load(Path.of("rules"), lang), c.summary(),
                c.findings().iterator(), List.of(), List.of(), List.of(), c.rules().rules(), c.run().parameters().get(0),
                List.of(), facts.displayNames(), "rules", RuleDocs.of(Path.of("rules")), "0.2.0", false, facts));
    }
}

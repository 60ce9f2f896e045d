package vn.gnbv.cli;

import vn.gnbv.input.InputException;
import vn.gnbv.output.Messages;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.parameters.ParameterChange;
import vn.gnbv.parameters.ParameterSet;
import vn.gnbv.policy.DraftChanges;
import vn.gnbv.run.Run;
import vn.gnbv.run.Scenario;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Which parameters a draft (--params) changed on the case date, so a report says draft values were applied. */
final class Drafts {
    private Drafts() {}

    static List<ParameterChange> changed(Scenario s, Run.Checked checked) throws InputException {
        if (s.draftFile() == null && s.draftTree() == null) return List.of();
        ParameterSet base = ParameterCatalogue.ofRules(s.rulesDir(), checked.facts().province())
                .resolve(checked.facts().asOf());
        return DraftChanges.parameters(base.byName(), checked.parameters().get(0).byName());
    }

    /**
     * On standard error, the draft's values the case's date does not take: a table (classify,
     * entitlements, sweep) has no heading to say it in, and a draft dated after the data would
     * otherwise pass for one that changes nothing.
     */
    static void warnNotInForce(Run.Checked checked, Path rulesDir, String lang) throws InputException {
        var values = checked.parameters().get(0).draftNotInForce();
        if (values.isEmpty()) return;
        String text = Messages.load(rulesDir, lang).notInForce(values, checked.facts().asOf());
        new PrintStream(System.err, true, StandardCharsets.UTF_8).println("gnbv: " + text);
    }
}

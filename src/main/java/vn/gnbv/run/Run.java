package vn.gnbv.run;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.facts.FactsReader;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.parameters.ParameterSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One run pipeline for every command (check, classify, entitlements, diff, sweep, test): read the
 * facts, resolve the parameters as of their date, check the households in batches and the
 * case-level facts, hand the results to the command's listener as they come.
 */
public final class Run {
    private Run() {}

    /** What a run checked: the case (without its households), how many records, the parameters used. */
    public record Checked(Case facts, FactsReader.Counts counts, List<ParameterSet> parameters) {}

    /**
     * Called with a way to ask how many households are checked so far, while the run goes; what it
     * returns is run when the run ends, however it ends, before anything else is printed.
     */
    public interface Progress {
        Runnable watch(LongSupplier checked);
    }

    public static Checked execute(List<FactsDocument> docs, LocalDate asOf, List<Scenario> scenarios, RunOptions options,
                                  RunListener listener) throws InputException {
        return execute(docs, asOf, scenarios, options, listener, null);
    }

    public static Checked execute(List<FactsDocument> docs, LocalDate asOf, List<Scenario> scenarios, RunOptions options,
                                  RunListener listener, Progress progress) throws InputException {
        Pipeline p = new Pipeline(scenarios, options, listener);
        Runnable stop = progress == null ? () -> { } : progress.watch(p::checked);
        long t0 = System.nanoTime(), t1;
        FactsReader.Loaded loaded;
        try {
            loaded = FactsReader.read(docs, asOf, p);
            t1 = System.nanoTime();
            p.finish(loaded.facts());
        } finally {
            stop.run();
        }
        if (Boolean.getBoolean("gnbv.timings")) {
            System.err.printf("gnbv timings: read %d ms (%d households), then %d ms to finish; %s%n", (t1 - t0) / 1_000_000,
                    loaded.counts().households(), (System.nanoTime() - t1) / 1_000_000, p.timings());
        }
        return new Checked(loaded.facts(), loaded.counts(), p.parameters());
    }

    /**
     * Errors of the rules and of the facts together, so a run lists all of them: the facts are read
     * (to report their errors) even when the rules did not compile. Exit code: the facts' (3) when
     * they are wrong, else the rules' (4).
     */
    public static InputException together(InputException rules, List<FactsDocument> docs, LocalDate asOf) {
        List<InputError> all = new ArrayList<>(rules.errors());
        InputKind kind = rules.kind();
        try {
            FactsReader.read(docs, asOf, null);
        } catch (InputException facts) {
            all.addAll(facts.errors());
            kind = InputKind.FACTS;
        }
        return new InputException(kind, all);
    }
}

package vn.gnbv.run;

/**
 * How a run goes: households per batch and threads (both measured, see bench/run), the firing
 * budget per fact, and whether to note which rules fired (coverage of fixtures).
 */
public record RunOptions(int batchHouseholds, int threads, int firingsPerFact, boolean trackFired) {
    /**
     * Measured on 2 cores (bench/run, README "Performance"): smaller batches pay a session's set-up
     * more often, larger ones keep a batch's derived facts alive past a young collection.
     */
    public static final int BATCH_HOUSEHOLDS = Integer.getInteger("gnbv.batchHouseholds", 200);
    /** One rules thread a core: on 2 cores 1,000,000 households took 46 s on two, 57 s on one (bench/run). */
    public static final int THREADS = Integer.getInteger("gnbv.threads",
            Runtime.getRuntime().availableProcessors());

    public static RunOptions defaults() {
        return new RunOptions(BATCH_HOUSEHOLDS, THREADS, vn.gnbv.engine.Checker.DEFAULT_FIRINGS_PER_FACT, false);
    }

    public RunOptions withFiringsPerFact(int n) {
        return new RunOptions(batchHouseholds, threads, n, trackFired);
    }

    public RunOptions tracking() {
        return new RunOptions(batchHouseholds, threads, firingsPerFact, true);
    }
}

package vn.gnbv.run;

/**
 * How a run goes: households per batch and threads (both measured, see bench/run), the firing
 * budget per fact, and whether to note which rules fired (coverage of fixtures).
 */
public record RunOptions(int batchHouseholds, int threads, int firingsPerFact, boolean trackFired) {
    /** Measured on 2 cores (bench/run): see README "Performance". */
    public static final int BATCH_HOUSEHOLDS = Integer.getInteger("gnbv.batchHouseholds", 500);
    public static final int THREADS = Integer.getInteger("gnbv.threads", Runtime.getRuntime().availableProcessors());

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

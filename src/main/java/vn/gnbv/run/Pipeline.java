package vn.gnbv.run;

import vn.gnbv.engine.Checker;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.HouseholdSink;
import vn.gnbv.facts.Section;
import vn.gnbv.facts.Sections;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.HouseholdFacts;
import vn.gnbv.household.HouseholdStatus;
import vn.gnbv.input.InputException;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.insurance.EntitlementTotals;
import vn.gnbv.parameters.ParameterSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Households from the loader to the rules and on to the command: batches on a bounded queue (the
 * reader waits when the rules fall behind, so memory stays bounded), checked on every core under
 * each scenario; then one case-level session per scenario with what the households summed.
 */
final class Pipeline implements HouseholdSink {
    private final List<Scenario> scenarios;
    private final RunOptions options;
    private final RunListener listener;
    private final BlockingQueue<Batch> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final ReentrantReadWriteLock delivery = new ReentrantReadWriteLock();
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong ruleNanos = new AtomicLong(), waitNanos = new AtomicLong();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile Throwable failure;
    private volatile State state;
    private List<Household> current = new ArrayList<>();

    /** Everything households are checked with, from one start: a reset makes a new one. */
    private record State(Case context, List<ParameterSet> params, List<Checker> checkers,
                         List<EntitlementTotals> totals, boolean[] covered) {}

    private record Batch(State state, List<Household> households) {}

    private static final Batch END = new Batch(null, List.of());

    Pipeline(List<Scenario> scenarios, RunOptions options, RunListener listener) {
        this.scenarios = scenarios;
        this.options = options;
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(Math.max(2, options.threads() * 2));
    }

    /** Households checked so far (for progress). */
    long checked() {
        return checked.get();
    }

    @Override
    public void start(Case context) throws InputException {
        List<ParameterSet> params = new ArrayList<>();
        List<Checker> checkers = new ArrayList<>();
        List<EntitlementTotals> totals = new ArrayList<>();
        for (Scenario s : scenarios) {
            ParameterSet p = s.parameters(context);
            params.add(p);
            checkers.add(new Checker(s.rules(), p, options.firingsPerFact(), options.trackFired()));
            totals.add(new EntitlementTotals());
        }
        state = new State(context, params, checkers, totals, new boolean[1]);
    }

    @Override
    public void accept(Household h) {
        if (failure != null) return;
        State st = state;
        if (!st.covered()[0]) {
            st.covered()[0] = true;
            try {
                for (int i = 0; i < scenarios.size(); i++) {
                    st.params().get(i).requireCovered(scenarios.get(i).rules().parametersFor(List.of("HouseholdFact")));
                }
            } catch (InputException e) {
                failure = e;
                return;
            }
        }
        current.add(h);
        if (current.size() >= options.batchHouseholds()) submit();
    }

    private void submit() {
        if (current.isEmpty()) return;
        if (workers.isEmpty()) startWorkers();
        try {
            long t0 = System.nanoTime();
            queue.put(new Batch(state, current));
            waitNanos.addAndGet(System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        current = new ArrayList<>();
    }

    @Override
    public void reset() {
        delivery.writeLock().lock();
        try {
            queue.clear();
            current = new ArrayList<>();
            state = null; // batches of the old state are no longer delivered
            checked.set(0);
            listener.reset();
        } finally {
            delivery.writeLock().unlock();
        }
    }

    private void startWorkers() {
        for (int i = 0; i < Math.max(1, options.threads()); i++) {
            Thread t = new Thread(this::work, "gnbv-rules-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    private void work() {
        try {
            for (Batch b = queue.take(); b != END; b = queue.take()) {
                if (failure != null) continue;
                try {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    List<Outcome> outcomes = check(b);
                    ruleNanos.addAndGet(CPU.getCurrentThreadCpuTime() - t0);
                    delivery.readLock().lock();
                    try {
                        if (b.state() == state) {
                            listener.batch(b.state().context(), b.households(), outcomes);
                            checked.addAndGet(b.households().size());
                        }
                    } finally {
                        delivery.readLock().unlock();
                    }
                } catch (Throwable e) {
                    if (failure == null) failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Outcome> check(Batch b) throws InputException {
        State st = b.state();
        List<HouseholdFact> facts = new ArrayList<>(b.households().size());
        for (Household h : b.households()) facts.add(HouseholdFacts.of(h, st.context()));
        List<Outcome> out = new ArrayList<>(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            Checker.Result r = st.checkers().get(i).households(facts);
            st.totals().get(i).addAll(r.entitlements());
            List<Entitlement> listed = scenarios.get(i).relist() ? relisted(st, i, b.households(), r) : r.entitlements();
            out.add(new Outcome(scenarios.get(i), st.params().get(i), r, listed));
        }
        return out;
    }

    /**
     * Support as if each household the standard decides were listed at its computed status: the
     * households whose status differs from the list are checked once more, listed so.
     */
    private static List<Entitlement> relisted(State st, int i, List<Household> households, Checker.Result r)
            throws InputException {
        Map<String, String> computed = new HashMap<>();
        for (HouseholdStatus s : r.statuses()) if (s.determined()) computed.put(s.household(), s.status());
        List<HouseholdFact> again = new ArrayList<>();
        Set<String> moved = new LinkedHashSet<>();
        for (Household h : households) {
            String s = computed.get(h.id());
            if (s != null && !s.equals(h.recordedStatus())) {
                again.add(HouseholdFacts.of(h.withRecordedStatus(s), st.context()));
                moved.add(h.id());
            }
        }
        if (again.isEmpty()) return r.entitlements();
        List<Entitlement> out = new ArrayList<>();
        for (Entitlement e : r.entitlements()) if (!moved.contains(e.household())) out.add(e);
        out.addAll(st.checkers().get(i).households(again).entitlements());
        return out;
    }

    /** Waits for every batch, then runs the case-level session of each scenario on the final case. */
    void finish(Case c) throws InputException {
        if (failure == null) submit();
        for (int i = 0; i < workers.size(); i++) {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        rethrow();
        State st = state;
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            List<Object> facts = new ArrayList<>();
            Set<String> types = new LinkedHashSet<>();
            for (Section<?> s : Sections.ALL) {
                if (!s.intoRules() || c.get(s).isEmpty()) continue;
                facts.addAll(c.get(s));
                types.add(c.get(s).get(0).getClass().getSimpleName());
            }
            var totals = st.totals().get(i).facts(commune -> st.context().districtOf("commune:" + commune));
            if (!totals.isEmpty()) types.add("EntitlementTotal");
            facts.addAll(totals);
            Checker.Result r = Checker.Result.empty();
            if (!facts.isEmpty()) {
                st.params().get(i).requireCovered(scenarios.get(i).rules().parametersFor(types));
                r = st.checkers().get(i).caseFacts(facts);
            }
            outcomes.add(new Outcome(scenarios.get(i), st.params().get(i), r, r.entitlements()));
        }
        listener.caseLevel(c, outcomes);
    }

    /** Milliseconds the rules took on household batches (all threads), and the reader waited for them. */
    String timings() {
        return "rules " + ruleNanos.get() / 1_000_000 + " ms of CPU on " + workers.size() + " thread(s), reader waited "
                + waitNanos.get() / 1_000_000 + " ms, reader CPU " + CPU.getCurrentThreadCpuTime() / 1_000_000 + " ms";
    }

    /** The parameters each scenario used (after start). */
    List<ParameterSet> parameters() {
        return state == null ? List.of() : state.params();
    }

    private void rethrow() throws InputException {
        Throwable f = failure;
        if (f == null) return;
        if (f instanceof InputException ie) throw ie;
        if (f instanceof Error err) throw err;
        if (f instanceof RuntimeException re) throw re;
        throw new IllegalStateException(f);
    }
}

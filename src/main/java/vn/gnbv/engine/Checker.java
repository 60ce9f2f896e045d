package vn.gnbv.engine;

import org.kie.api.runtime.KieSession;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.Commune;
import vn.gnbv.facts.Household;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.FindingOrder;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.HouseholdFacts;
import vn.gnbv.household.HouseholdStatus;
import vn.gnbv.household.IndicatorState;
import vn.gnbv.funding.CaseDate;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.insurance.EntitlementTotals;
import vn.gnbv.report.ReportFacts;
import vn.gnbv.parameters.ParameterSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a rule set on a case. Households are independent, so they go through the engine in batches
 * (about {@value #BATCH_FACTS} facts a session), on every core; a province's roster is
 * never one session. Output order does not depend on batching or threads.
 */
public final class Checker {
    /** Measured here (bench/run, 100,000 households): 1,000-4,000 facts a session ran 2x faster than 10,000. */
    public static final int BATCH_FACTS = 2_000;
    /** Facts per session; -Dgnbv.batchFacts overrides it for measurements (bench/run). */
    private static final int BATCH = Integer.getInteger("gnbv.batchFacts", BATCH_FACTS);
    /** Sessions run at once; -Dgnbv.threads overrides the number of cores. */
    private static final int THREADS = Integer.getInteger("gnbv.threads", Runtime.getRuntime().availableProcessors());

    private final RuleSet rules;

    public Checker(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * Two phases: households in batches (classification, entitlements, card checks); then one
     * session for the case-level facts (capital lines, counterpart money, insurance funding) with
     * the entitlement totals the first phase summed by unit and group.
     */
    public CheckResult check(Case c, ParameterSet params) {
        Map<String, Commune> communes = c.communesById();
        List<List<Household>> batches = batches(c.households());
        int threads = Math.max(1, Math.min(THREADS, batches.size()));
        List<CheckResult> parts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gnbv-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (List<Household> b : batches) futures.add(pool.submit(() -> run(b, List.of(), communes, c, params)));
            for (Future<CheckResult> f : futures) parts.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Entitlement> entitlements = new ArrayList<>();
        parts.forEach(r -> entitlements.addAll(r.entitlements()));
        List<Object> caseLevel = new ArrayList<>(c.funds());
        caseLevel.addAll(c.counterparts());
        caseLevel.addAll(c.insuranceFunding());
        caseLevel.addAll(ReportFacts.relations(c.figures()));
        caseLevel.addAll(c.figures());
        caseLevel.addAll(c.povertyRates());
        caseLevel.addAll(ReportFacts.trends(c.povertyRates()));
        if (!caseLevel.isEmpty()) {
            caseLevel.addAll(EntitlementTotals.of(entitlements, c));
            parts.add(run(List.of(), caseLevel, communes, c, params));
        }
        List<Finding> findings = new ArrayList<>();
        List<HouseholdStatus> statuses = new ArrayList<>();
        List<IndicatorState> indicators = new ArrayList<>();
        Map<String, String> districts = c.unitDistricts();
        for (CheckResult r : parts) {
            for (Finding x : r.findings()) {
                findings.add(x.district() != null || x.unit() == null ? x : withDistrict(x, districts.get(x.unit())));
            }
            statuses.addAll(r.statuses());
            indicators.addAll(r.indicators());
        }
        findings.sort(FindingOrder.ORDER);
        statuses.sort(Comparator.comparing(HouseholdStatus::household));
        indicators.sort(Comparator.comparing(IndicatorState::household).thenComparing(IndicatorState::key));
        entitlements.sort(Comparator.comparing(Entitlement::person));
        java.util.Set<String> fired = new java.util.TreeSet<>();
        parts.forEach(r -> fired.addAll(r.firedRules()));
        return new CheckResult(List.copyOf(findings), List.copyOf(statuses), List.copyOf(indicators),
                List.copyOf(entitlements), java.util.Collections.unmodifiableSet(fired));
    }

    private static Finding withDistrict(Finding f, String district) {
        return new Finding(f.rule(), f.severity(), f.subject(), f.unit(), district, f.legalBasis(),
                f.values(), f.parameters(), f.amount(), f.source());
    }

    private static List<List<Household>> batches(List<Household> all) {
        List<List<Household>> out = new ArrayList<>();
        List<Household> cur = new ArrayList<>();
        int facts = 0;
        for (Household h : all) {
            cur.add(h);
            facts += 1 + h.members().size();
            if (facts >= BATCH) {
                out.add(cur);
                cur = new ArrayList<>();
                facts = 0;
            }
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private CheckResult run(List<Household> batch, List<Object> caseLevel, Map<String, Commune> communes, Case c,
                            ParameterSet params) {
        KieSession s = rules.kieBase().newKieSession();
        java.util.Set<String> fired = new java.util.HashSet<>();
        s.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                fired.add(String.valueOf(event.getMatch().getRule().getMetaData().get("id")));
            }
        });
        try {
            params.all().forEach(s::insert);
            s.insert(new CaseDate(c.asOf()));
            caseLevel.forEach(s::insert);
            c.districts().forEach(s::insert);
            c.communes().forEach(s::insert);
            for (Household h : batch) {
                HouseholdFact hf = HouseholdFacts.of(h, communes, c.asOf());
                s.insert(hf);
                HouseholdFacts.members(h, c.asOf()).forEach(s::insert);
            }
            s.fireAllRules();
            List<Finding> f = new ArrayList<>();
            List<HouseholdStatus> st = new ArrayList<>();
            List<IndicatorState> in = new ArrayList<>();
            List<Entitlement> en = new ArrayList<>();
            for (Object o : s.getObjects()) {
                if (o instanceof Finding x) f.add(x);
                else if (o instanceof HouseholdStatus x) st.add(x);
                else if (o instanceof IndicatorState x) in.add(x);
                else if (o instanceof Entitlement x) en.add(x);
            }
            return new CheckResult(f, st, in, en, fired);
        } finally {
            s.dispose();
        }
    }
}

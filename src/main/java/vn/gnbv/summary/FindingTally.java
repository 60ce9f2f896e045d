package vn.gnbv.summary;

import vn.gnbv.findings.Finding;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings counted as they come: by rule (findings, distinct subjects, money), by unit and
 * severity, with the households and people that have at least one error; and the state's
 * health-insurance money the findings mark (values.money): to recover, or owed and unpaid; and the
 * households listed wrongly (a finding whose values show a recorded status other than the computed one).
 * A household's findings all come in one batch, so distinct subjects are counted per batch.
 */
public final class FindingTally {
    /** One rule's count. */
    public static final class ByRule {
        public String severity;
        public long findings, subjects, amount;
    }

    /** One unit's count (a commune, a district, the province, a report's figures). */
    public static final class ByUnit {
        public String district;
        public long errors, warnings, infos, householdsWithErrors, personsWithErrors, amount;
    }

    // Hashed while batches add; sorted when read.
    private final Map<String, ByRule> byRule = new HashMap<>();
    private final Map<String, ByUnit> byUnit = new HashMap<>();
    private final Map<String, long[]> money = new HashMap<>();
    private long householdsListedWrongly;

    public synchronized void add(List<Finding> batch) {
        Set<String> subjects = new HashSet<>();
        Set<String> erring = new HashSet<>();
        Set<String> wronglyListed = new HashSet<>();
        for (Finding f : batch) {
            ByRule r = byRule.computeIfAbsent(f.rule(), k -> new ByRule());
            r.severity = f.severity();
            r.findings++;
            if (subjects.add(f.rule() + " " + f.subject())) r.subjects++;
            if (f.amount() != null) r.amount = Money.add(r.amount, f.amount());
            String unit = f.unit() == null ? "" : f.unit();
            ByUnit u = byUnit.computeIfAbsent(unit, k -> new ByUnit());
            u.district = f.district();
            switch (f.severity()) {
                case "error" -> u.errors++;
                case "warning" -> u.warnings++;
                default -> u.infos++;
            }
            if (f.amount() != null && f.values().containsKey("stage")) u.amount = Money.add(u.amount, f.amount());
            if (f.severity().equals("error") && erring.add(f.subject())) {
                if (f.subject().startsWith("household:")) u.householdsWithErrors++;
                if (f.subject().startsWith("person:")) u.personsWithErrors++;
            }
            if (listedWrongly(f) && wronglyListed.add(f.subject())) householdsListedWrongly++;
            Object m = f.values().get("money");
            if (m != null && f.amount() != null) {
                long[] acc = money.computeIfAbsent(m.toString(), k -> new long[2]);
                acc[0] = Money.add(acc[0], f.amount());
                acc[1]++;
            }
        }
    }

    /** A household finding whose values show a recorded status other than the one the standard gives. */
    private static boolean listedWrongly(Finding f) {
        Object recorded = f.values().get("recordedStatus"), computed = f.values().get("computedStatus");
        return f.subject().startsWith("household:") && recorded != null && computed != null && !recorded.equals(computed);
    }

    public synchronized void clear() {
        householdsListedWrongly = 0;
        byRule.clear();
        byUnit.clear();
        money.clear();
    }

    public synchronized Map<String, ByRule> byRule() {
        return Collections.unmodifiableMap(new TreeMap<>(byRule));
    }

    public synchronized Map<String, ByUnit> byUnit() {
        return Collections.unmodifiableMap(new TreeMap<>(byUnit));
    }

    /** Distinct households listed wrongly. */
    public synchronized long householdsListedWrongly() {
        return householdsListedWrongly;
    }

    /** money kind → {VND, findings} (to-recover, owed-unpaid). */
    public synchronized Map<String, long[]> money() {
        return Collections.unmodifiableMap(new TreeMap<>(money));
    }
}

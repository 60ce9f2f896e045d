package vn.gnbv.summary;

import java.util.List;
import java.util.Map;

/**
 * What a human report opens with: what was checked, findings by rule and severity, by district and
 * commune with their denominators (households, people), the money — stuck by stage, to recover,
 * owed and unpaid — staff capacity, and how many households are listed wrongly (recorded status
 * other than the standard gives, counted once whatever the number of findings).
 */
public record CheckSummary(Checked checked, List<RuleLine> byRule, List<UnitLine> byUnit, MoneySummary money,
                           List<MoneyLine> insurance, List<Capacity> capacity, Map<String, Long> bySeverity,
                           long householdsListedWrongly) {

    /** The records checked, so they can be reconciled with the input. */
    public record Checked(long households, long persons, long funds, long counterparts, long insuranceFunding,
                          long figures, long povertyRates, long staffing) {}

    public record RuleLine(String rule, String severity, long findings, long subjects, long amount) {}

    /**
     * A district (unit "district:x", rolled up over its communes), a commune, or the province: the
     * households and people checked there, findings by severity, those with an error, money at stake.
     */
    public record UnitLine(String unit, String district, long households, long persons, long errors, long warnings,
                           long infos, long householdsWithErrors, long personsWithErrors, long amount) {}

    /** Health-insurance money marked by findings: to-recover (paid without basis) or owed-unpaid. */
    public record MoneyLine(String kind, long amount, long findings) {}

    public long findings() {
        return bySeverity.values().stream().mapToLong(Long::longValue).sum();
    }
}

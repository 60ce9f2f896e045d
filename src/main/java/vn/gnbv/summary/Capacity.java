package vn.gnbv.summary;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Fund;
import vn.gnbv.facts.PovertyRate;
import vn.gnbv.facts.Sections;
import vn.gnbv.facts.Staffing;

import java.util.List;
import java.util.Map;

/**
 * Capacity of poverty-reduction staff by unit (facts `staffing`): households, poor households and
 * programme money (planned) in the unit and below it, per officer. Households come from the roster
 * when the case has one for the unit, else from the latest poverty rate the facts give for it
 * (basis "povertyRates 2023"). No finding: no norm is known.
 */
public record Capacity(String unit, long staff, long households, long poorHouseholds, long planned, String basis,
                       Long householdsPerOfficer, Long poorPerOfficer, Long plannedPerOfficer) {

    public static List<Capacity> of(Case c, Map<String, HouseholdTally.Counts> communes) {
        return c.get(Sections.STAFFING).stream().map(s -> of(s, c, communes)).toList();
    }

    private static Capacity of(Staffing s, Case c, Map<String, HouseholdTally.Counts> communes) {
        long hh = 0, poor = 0;
        for (var e : communes.entrySet()) {
            if (!within("commune:" + e.getKey(), s.unit(), c)) continue;
            hh += e.getValue().households;
            poor += e.getValue().listedPoor;
        }
        String basis = "roster";
        if (hh == 0) {
            // the latest year that counts households: all of them, or the poor with the rate
            // (all households then estimated as poor ÷ rate: basis "povertyRates-estimated")
            PovertyRate latest = null;
            for (PovertyRate r : c.get(Sections.POVERTY_RATES)) {
                boolean counts = r.totalHouseholds() != null
                        || r.poorHouseholds() != null && r.rate() != null && r.rate().signum() > 0;
                if (r.unit().equals(s.unit()) && counts && (latest == null || r.year() > latest.year())) latest = r;
            }
            if (latest != null) {
                poor = latest.poorHouseholds() == null ? 0 : latest.poorHouseholds();
                if (latest.totalHouseholds() != null) {
                    hh = latest.totalHouseholds();
                    basis = "povertyRates " + latest.year();
                } else {
                    hh = java.math.BigDecimal.valueOf(poor).multiply(java.math.BigDecimal.valueOf(100))
                            .divide(latest.rate(), 0, java.math.RoundingMode.HALF_EVEN).longValueExact();
                    basis = "povertyRates-estimated " + latest.year();
                }
            }
        }
        long planned = 0;
        for (Fund f : c.get(Sections.FUNDS)) if (within(f.unit(), s.unit(), c)) planned = Money.add(planned, f.planned());
        long n = s.povertyStaff();
        return new Capacity(s.unit(), n, hh, poor, planned, basis, n == 0 ? null : hh / n, n == 0 ? null : poor / n,
                n == 0 ? null : planned / n);
    }

    /** Whether a unit lies within another: the province holds everything; a district its communes. */
    static boolean within(String unit, String scope, Case c) {
        if (scope.equals("province") || scope.equals(unit)) return true;
        return scope.startsWith("district:") && scope.substring(9).equals(c.districtOf(unit));
    }
}

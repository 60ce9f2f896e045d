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
            PovertyRate latest = null;
            for (PovertyRate r : c.get(Sections.POVERTY_RATES)) {
                if (r.unit().equals(s.unit()) && r.totalHouseholds() != null && (latest == null || r.year() > latest.year())) latest = r;
            }
            if (latest != null) {
                hh = latest.totalHouseholds();
                poor = latest.poorHouseholds() == null ? 0 : latest.poorHouseholds();
                basis = "povertyRates " + latest.year();
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

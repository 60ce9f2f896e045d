package vn.gnbv.report;

import vn.gnbv.facts.PovertyRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A poverty rate against poor / total households, within the rate's written precision. */
public final class RateCheck {
    private RateCheck() {}

    public static BigDecimal computed(PovertyRate r) {
        return BigDecimal.valueOf(r.poorHouseholds()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(r.totalHouseholds()), new MathContext(12, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
    }

    public static boolean holds(PovertyRate r) {
        BigDecimal tol = BigDecimal.ONE.movePointLeft(r.precision()).divide(BigDecimal.valueOf(2));
        return r.rate().subtract(computed(r)).abs().compareTo(tol) <= 0;
    }
}

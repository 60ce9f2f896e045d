package vn.gnbv.report;

import vn.gnbv.facts.PovertyRate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change of a unit's poverty rate between two years: points per year of reduction (positive =
 * the rate fell), computed in Java before insert. overall: the first and the last year given (the
 * average judged against targets); otherwise two neighbouring years (for rises).
 */
public record PovertyTrend(String unit, String kind, int fromYear, int toYear, BigDecimal fromRate, BigDecimal toRate,
                           BigDecimal reductionPerYear, boolean overall, String district,
                           vn.gnbv.input.Location source) {

    public static PovertyTrend of(PovertyRate a, PovertyRate b, boolean overall) {
        BigDecimal perYear = a.rate().subtract(b.rate())
                .divide(BigDecimal.valueOf(b.year() - a.year()), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new PovertyTrend(a.unit(), a.kind(), a.year(), b.year(), a.rate(), b.rate(), perYear, overall, b.district(), b.source());
    }

    public boolean rose() {
        return toRate.compareTo(fromRate) > 0;
    }
}

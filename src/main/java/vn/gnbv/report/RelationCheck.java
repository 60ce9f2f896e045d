package vn.gnbv.report;

import vn.gnbv.facts.Figure;
import vn.gnbv.facts.Units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A figure's relation evaluated with interval arithmetic: each figure stands for every value within
 * its written precision, so a relation holds when the stated figure's interval meets the interval of
 * the computed value. stated/computed/difference are in the stated figure's unit.
 */
public record RelationCheck(String figure, String relation, BigDecimal stated, BigDecimal computed,
                            BigDecimal difference, BigDecimal allowed, boolean holds, String unit, Long differenceVnd) {
    private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

    /** The relation of a figure evaluated over its parts (the figures it names). */
    public static RelationCheck of(Figure f, java.util.Collection<?> parts) {
        Map<String, Figure> byId = new java.util.HashMap<>();
        for (Object o : parts) if (o instanceof Figure p) byId.putIfAbsent(p.id(), p);
        return of(f, byId);
    }

    public static RelationCheck of(Figure f, Map<String, Figure> all) {
        List<Figure> ps = f.parts().stream().map(all::get).toList();
        BigDecimal lo, hi;
        switch (f.relation()) {
            case "sumOf" -> {
                lo = BigDecimal.ZERO;
                hi = BigDecimal.ZERO;
                for (Figure p : ps) {
                    lo = lo.add(low(p, f.unit()));
                    hi = hi.add(high(p, f.unit()));
                }
            }
            case "differenceOf" -> {
                lo = low(ps.get(0), f.unit()).subtract(high(ps.get(1), f.unit()));
                hi = high(ps.get(0), f.unit()).subtract(low(ps.get(1), f.unit()));
            }
            case "ratioOf" -> {
                BigDecimal scale = "percent".equals(f.unit()) ? BigDecimal.valueOf(100) : BigDecimal.ONE;
                Figure a = ps.get(0), b = ps.get(1);
                String common = a.unit();
                BigDecimal aLo = low(a, common), aHi = high(a, common), bLo = low(b, common), bHi = high(b, common);
                if (bLo.signum() <= 0) bLo = bHi.min(new BigDecimal("1e-12"));
                lo = aLo.divide(bHi, MC).multiply(scale);
                hi = aHi.divide(bLo, MC).multiply(scale);
            }
            default -> { // sameAs
                lo = low(ps.get(0), f.unit());
                hi = high(ps.get(0), f.unit());
            }
        }
        BigDecimal computed = exact(f, ps);
        BigDecimal sLo = f.value().subtract(f.tolerance()), sHi = f.value().add(f.tolerance());
        boolean holds = sHi.compareTo(lo) >= 0 && sLo.compareTo(hi) <= 0;
        BigDecimal diff = f.value().subtract(computed).round(MC).stripTrailingZeros();
        BigDecimal allowed = f.tolerance().add(hi.subtract(lo).divide(BigDecimal.valueOf(2), MC)).round(MC).stripTrailingZeros();
        Long vnd = "money".equals(Units.kind(f.unit()))
                ? Units.toBase(diff, f.unit()).setScale(0, RoundingMode.HALF_UP).longValue() : null;
        return new RelationCheck(f.id(), f.relation(), f.value(), computed.round(MC).stripTrailingZeros(), diff, allowed,
                holds, f.unit(), vnd);
    }

    /** The computed value from the parts as written (not the interval's middle) for sums and differences. */
    private static BigDecimal exact(Figure f, List<Figure> ps) {
        return switch (f.relation()) {
            case "sumOf" -> ps.stream().map(p -> in(p.value(), p.unit(), f.unit())).reduce(BigDecimal.ZERO, BigDecimal::add);
            case "differenceOf" -> in(ps.get(0).value(), ps.get(0).unit(), f.unit()).subtract(in(ps.get(1).value(), ps.get(1).unit(), f.unit()));
            case "ratioOf" -> ps.get(1).value().signum() == 0 ? BigDecimal.ZERO
                    : in(ps.get(0).value(), ps.get(0).unit(), ps.get(1).unit()).divide(ps.get(1).value(), MC)
                    .multiply("percent".equals(f.unit()) ? BigDecimal.valueOf(100) : BigDecimal.ONE);
            default -> in(ps.get(0).value(), ps.get(0).unit(), f.unit());
        };
    }

    private static BigDecimal low(Figure p, String unit) {
        return in(p.value().subtract(p.tolerance()), p.unit(), unit);
    }

    private static BigDecimal high(Figure p, String unit) {
        return in(p.value().add(p.tolerance()), p.unit(), unit);
    }

    /** A value converted from one unit to another of the same kind. */
    static BigDecimal in(BigDecimal v, String from, String to) {
        if (from.equals(to)) return v;
        return Units.toBase(v, from).divide(Units.toBase(BigDecimal.ONE, to), MC);
    }
}

package vn.gnbv.summary;

/**
 * Sums of money in đồng that cannot wrap: a case's totals past 9.2 × 10^18 đồng (far beyond any
 * budget) stop the run with a clear error instead of turning negative.
 */
public final class Money {
    private Money() {}

    public static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new MoneyOverflow();
        }
    }

    public static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new MoneyOverflow();
        }
    }

    /** A sum of money too large for any real case. */
    public static final class MoneyOverflow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MoneyOverflow() {
            super("money total beyond 9.2e18 VND");
        }
    }
}
